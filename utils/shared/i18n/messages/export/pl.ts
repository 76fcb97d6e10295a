import type { Messages } from '../../render';

export const plExport: Messages = {
  export_col_date: 'Data',
  export_col_start: 'Początek',
  export_col_end: 'Koniec',
  export_col_minutes: 'Minuty',
  export_col_title: 'Tytuł',
  export_col_category: 'Kategoria',
  export_col_reason: 'Powód',
  export_col_counted: 'Wliczone',
  export_col_calendar: 'Kalendarz',
  export_cat_execution: 'Realizacja',
  export_cat_innovation: 'Innowacje',
  export_cat_excluded: 'wykluczone',
  export_counted_yes: 'tak',
  export_counted_declined: 'nie (odrzucone)',
  export_counted_excluded: 'nie (wykluczone)',
};
