import type { Messages } from '../../render';

export const nlExport: Messages = {
  export_col_date: 'Datum',
  export_col_start: 'Begin',
  export_col_end: 'Einde',
  export_col_minutes: 'Minuten',
  export_col_title: 'Titel',
  export_col_category: 'Categorie',
  export_col_reason: 'Reden',
  export_col_counted: 'Meegeteld',
  export_col_calendar: 'Agenda',
  export_cat_execution: 'Uitvoering',
  export_cat_innovation: 'Innovatie',
  export_cat_excluded: 'uitgesloten',
  export_counted_yes: 'ja',
  export_counted_declined: 'nee (afgewezen)',
  export_counted_excluded: 'nee (uitgesloten)',
};
