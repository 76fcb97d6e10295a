import type { Messages } from '../../render';

export const ptBRExport: Messages = {
  export_col_date: 'Data',
  export_col_start: 'Início',
  export_col_end: 'Fim',
  export_col_minutes: 'Minutos',
  export_col_title: 'Título',
  export_col_category: 'Categoria',
  export_col_reason: 'Motivo',
  export_col_counted: 'Contado',
  export_col_calendar: 'Agenda',
  export_cat_execution: 'Execução',
  export_cat_innovation: 'Inovação',
  export_cat_excluded: 'excluído',
  export_counted_yes: 'sim',
  export_counted_declined: 'não (recusado)',
  export_counted_excluded: 'não (excluído)',
};
