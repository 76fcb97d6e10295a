import type { Messages } from '../../render';

export const itReader: Messages = {
  view_loading: 'caricamento in corso: la griglia del calendario non è ancora nella pagina',
  view_loading_which: 'caricamento in corso: non si capisce ancora quale vista sia',
  view_unknown: 'impossibile leggere questa vista: Polarity non la conosce',
  view_none_readable: 'impossibile leggere questa vista: $1 trovati, nessuno leggibile',
  view_unplaced: 'impossibile leggere questa vista: $1 trovati, ma $2$3',
  view_no_main: 'nessuna area principale',
  view_no_view: 'nessuna vista riconoscibile da Polarity',
  view_no_columns: 'nessuna colonna dei giorni',
  view_no_week_rows: 'nessuna riga settimanale con date',
  view_no_rows: 'nessuna riga',
  view_no_grid: 'nessuna griglia',
  view_hooks: ' (celle: $1, colonne dei giorni: $2, elementi con data: $3, righe: $4)',
  view_chips_one: '$1 riquadro di evento',
  view_chips_many: '$1 di riquadri di evento',
  view_chips_other: '$1 riquadri di evento',
};
