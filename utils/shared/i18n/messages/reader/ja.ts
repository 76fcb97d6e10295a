import type { Messages } from '../../render';

export const jaReader: Messages = {
  view_loading: '読み込み中: カレンダーのグリッドがまだページにありません',
  view_loading_which: '読み込み中: どの表示かまだ判別できません',
  view_unknown: 'この表示は読み取れません: Polarity が対応していない表示です',
  view_none_readable: 'この表示は読み取れません: $1が見つかりましたが、読み取れるものがありません',
  view_unplaced: 'この表示は読み取れません: $1が見つかりましたが、$2$3',
  view_no_main: 'メイン領域がありません',
  view_no_view: 'Polarity が判別できる表示がありません',
  view_no_columns: '日の列がありません',
  view_no_week_rows: '日付のある週の行がありません',
  view_no_rows: '行がありません',
  view_no_grid: 'グリッドがありません',
  view_hooks: '（グリッドのセル: $1、日の列: $2、日付のある要素: $3、行: $4）',
  view_chips_other: '予定 $1 件',
};
