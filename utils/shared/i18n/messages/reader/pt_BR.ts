import type { Messages } from '../../render';

export const ptBRReader: Messages = {
  view_loading: 'carregando: a grade da agenda ainda não está na página',
  view_loading_which: 'carregando: ainda não é possível saber qual visualização é esta',
  view_unknown: 'não é possível ler esta visualização: o Polarity não a conhece',
  view_none_readable: 'não é possível ler esta visualização: $1 encontrados, nenhum legível',
  view_unplaced: 'não é possível ler esta visualização: $1 encontrados, mas $2$3',
  view_no_main: 'nenhuma região principal',
  view_no_view: 'nenhuma visualização que o Polarity reconheça',
  view_no_columns: 'nenhuma coluna de dia',
  view_no_week_rows: 'nenhuma linha de semana com datas',
  view_no_rows: 'nenhuma linha',
  view_no_grid: 'nenhuma grade',
  view_hooks: ' (células: $1, colunas de dia: $2, elementos com data: $3, linhas: $4)',
  view_chips_one: '$1 bloco de evento',
  view_chips_many: '$1 de blocos de evento',
  view_chips_other: '$1 blocos de evento',
};
