import type { Messages } from '../../render';

export const nlReader: Messages = {
  view_loading: 'wordt nog geladen: het agendaraster staat nog niet op de pagina',
  view_loading_which: 'wordt nog geladen: nog niet te zien welke weergave dit is',
  view_unknown: 'deze weergave kan niet worden gelezen: Polarity kent hem niet',
  view_none_readable: 'deze weergave kan niet worden gelezen: $1 gevonden, geen leesbaar',
  view_unplaced: 'deze weergave kan niet worden gelezen: $1 gevonden, maar $2$3',
  view_no_main: 'geen hoofdgebied',
  view_no_view: 'geen weergave die Polarity herkent',
  view_no_columns: 'geen dagkolommen',
  view_no_week_rows: 'geen weekrijen met datums',
  view_no_rows: 'geen rijen',
  view_no_grid: 'geen raster',
  view_hooks: ' (rastercellen: $1, dagkolommen: $2, elementen met datum: $3, rijen: $4)',
  view_chips_one: '$1 afspraakblok',
  view_chips_other: '$1 afspraakblokken',
};
