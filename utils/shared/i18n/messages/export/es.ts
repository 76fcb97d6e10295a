import type { Messages } from '../../render';

export const esExport: Messages = {
  export_col_date: 'Fecha',
  export_col_start: 'Inicio',
  export_col_end: 'Fin',
  export_col_minutes: 'Minutos',
  export_col_title: 'Título',
  export_col_category: 'Categoría',
  export_col_reason: 'Motivo',
  export_col_counted: 'Contado',
  export_col_calendar: 'Calendario',
  export_cat_execution: 'Ejecución',
  export_cat_innovation: 'Innovación',
  export_cat_excluded: 'excluido',
  export_counted_yes: 'sí',
  export_counted_declined: 'no (rechazado)',
  export_counted_excluded: 'no (excluido)',
};
