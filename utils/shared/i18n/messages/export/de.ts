import type { Messages } from '../../render';

export const deExport: Messages = {
  export_col_date: 'Datum',
  export_col_start: 'Beginn',
  export_col_end: 'Ende',
  export_col_minutes: 'Minuten',
  export_col_title: 'Titel',
  export_col_category: 'Kategorie',
  export_col_reason: 'Grund',
  export_col_counted: 'Gezählt',
  export_col_calendar: 'Kalender',
  export_cat_execution: 'Umsetzung',
  export_cat_innovation: 'Innovation',
  export_cat_excluded: 'ausgeschlossen',
  export_counted_yes: 'ja',
  export_counted_declined: 'nein (abgelehnt)',
  export_counted_excluded: 'nein (ausgeschlossen)',
};
