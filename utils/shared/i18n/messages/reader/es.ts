import type { Messages } from '../../render';

export const esReader: Messages = {
  view_loading: 'cargando: la cuadrícula del calendario aún no está en la página',
  view_loading_which: 'cargando: aún no se sabe qué vista es',
  view_unknown: 'no se puede leer esta vista: Polarity no la conoce',
  view_none_readable: 'no se puede leer esta vista: $1 encontrados, ninguno legible',
  view_unplaced: 'no se puede leer esta vista: $1 encontrados, pero $2$3',
  view_no_main: 'no hay región principal',
  view_no_view: 'no hay una vista que Polarity reconozca',
  view_no_columns: 'no hay columnas de días',
  view_no_week_rows: 'no hay filas de semana con fechas',
  view_no_rows: 'no hay filas',
  view_no_grid: 'no hay cuadrícula',
  view_hooks: ' (celdas: $1, columnas de días: $2, elementos con fecha: $3, filas: $4)',
  view_chips_one: '$1 ficha de evento',
  view_chips_many: '$1 de fichas de evento',
  view_chips_other: '$1 fichas de evento',
};
