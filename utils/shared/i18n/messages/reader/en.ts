// Why the reader can't read a calendar view, for the badge title and the
// popup, in the browser's language. Built by the calendar source as data.
export const enReader = {
  view_loading: 'still loading: the calendar grid is not on the page yet',
  view_loading_which: "still loading: can't tell which view this is yet",
  view_unknown: "can't read this view: Polarity doesn't know it",
  view_none_readable: "can't read this view: $1 found, none readable",
  view_unplaced: "can't read this view: $1 found, but $2$3",
  view_no_main: 'no main region',
  view_no_view: 'no view Polarity can tell',
  view_no_columns: 'no day columns',
  view_no_week_rows: 'no week rows with dates',
  view_no_rows: 'no rows',
  view_no_grid: 'no grid',
  view_hooks: ' (grid cells: $1, day columns: $2, dated elements: $3, rows: $4)',
  view_chips_one: '$1 event chip',
  view_chips_other: '$1 event chips',
} as const;
