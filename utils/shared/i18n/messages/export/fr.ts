import type { Messages } from '../../render';

export const frExport: Messages = {
  export_col_date: 'Date',
  export_col_start: 'Début',
  export_col_end: 'Fin',
  export_col_minutes: 'Minutes',
  export_col_title: 'Titre',
  export_col_category: 'Catégorie',
  export_col_reason: 'Motif',
  export_col_counted: 'Compté',
  export_col_calendar: 'Agenda',
  export_cat_execution: 'Exécution',
  export_cat_innovation: 'Innovation',
  export_cat_excluded: 'exclu',
  export_counted_yes: 'oui',
  export_counted_declined: 'non (refusé)',
  export_counted_excluded: 'non (exclu)',
};
