import type { Messages } from '../../render';

export const plReader: Messages = {
  view_loading: 'wczytywanie: siatki kalendarza nie ma jeszcze na stronie',
  view_loading_which: 'wczytywanie: nie wiadomo jeszcze, jaki to widok',
  view_unknown: 'nie można odczytać tego widoku: Polarity go nie zna',
  view_none_readable: 'nie można odczytać tego widoku: znaleziono $1, żadne nie jest czytelne',
  view_unplaced: 'nie można odczytać tego widoku: znaleziono $1, ale $2$3',
  view_no_main: 'brak obszaru głównego',
  view_no_view: 'brak widoku, który Polarity rozpoznaje',
  view_no_columns: 'brak kolumn dni',
  view_no_week_rows: 'brak wierszy tygodni z datami',
  view_no_rows: 'brak wierszy',
  view_no_grid: 'brak siatki',
  view_hooks: ' (komórki siatki: $1, kolumny dni: $2, elementy z datą: $3, wiersze: $4)',
  view_chips_one: '$1 kafelek wydarzenia',
  view_chips_few: '$1 kafelki wydarzeń',
  view_chips_many: '$1 kafelków wydarzeń',
  view_chips_other: '$1 kafelka wydarzenia',
};
