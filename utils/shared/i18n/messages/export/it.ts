import type { Messages } from '../../render';

export const itExport: Messages = {
  export_col_date: 'Data',
  export_col_start: 'Inizio',
  export_col_end: 'Fine',
  export_col_minutes: 'Minuti',
  export_col_title: 'Titolo',
  export_col_category: 'Categoria',
  export_col_reason: 'Motivo',
  export_col_counted: 'Conteggiato',
  export_col_calendar: 'Calendario',
  export_cat_execution: 'Esecuzione',
  export_cat_innovation: 'Innovazione',
  export_cat_excluded: 'escluso',
  export_counted_yes: 'sì',
  export_counted_declined: 'no (rifiutato)',
  export_counted_excluded: 'no (escluso)',
};
