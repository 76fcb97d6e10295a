// Column names and values of the week's CSV export, where a person reads
// them, in the browser's language. JSON exports keep English keys.
export const enExport = {
  export_col_date: 'date',
  export_col_start: 'start',
  export_col_end: 'end',
  export_col_minutes: 'minutes',
  export_col_title: 'title',
  export_col_category: 'category',
  export_col_reason: 'reason',
  export_col_counted: 'counted',
  export_col_calendar: 'calendar',
  export_cat_execution: 'execution',
  export_cat_innovation: 'innovation',
  export_cat_excluded: 'excluded',
  export_counted_yes: 'yes',
  export_counted_declined: 'no (declined)',
  export_counted_excluded: 'no (excluded)',
} as const;
