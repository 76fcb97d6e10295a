import type { Messages } from '../../render';

export const deReader: Messages = {
  view_loading: 'wird noch geladen: Das Kalenderraster ist noch nicht auf der Seite',
  view_loading_which: 'wird noch geladen: noch nicht erkennbar, welche Ansicht das ist',
  view_unknown: 'diese Ansicht kann nicht gelesen werden: Polarity kennt sie nicht',
  view_none_readable: 'diese Ansicht kann nicht gelesen werden: $1 gefunden, keiner lesbar',
  view_unplaced: 'diese Ansicht kann nicht gelesen werden: $1 gefunden, aber $2$3',
  view_no_main: 'kein Hauptbereich',
  view_no_view: 'keine Ansicht, die Polarity erkennt',
  view_no_columns: 'keine Tagesspalten',
  view_no_week_rows: 'keine Wochenzeilen mit Datum',
  view_no_rows: 'keine Zeilen',
  view_no_grid: 'kein Raster',
  view_hooks: ' (Rasterzellen: $1, Tagesspalten: $2, Elemente mit Datum: $3, Zeilen: $4)',
  view_chips_one: '$1 Termin-Chip',
  view_chips_other: '$1 Termin-Chips',
};
