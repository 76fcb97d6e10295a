import type { Messages } from '../../render';

export const jaExport: Messages = {
  export_col_date: '日付',
  export_col_start: '開始',
  export_col_end: '終了',
  export_col_minutes: '分',
  export_col_title: 'タイトル',
  export_col_category: 'カテゴリ',
  export_col_reason: '理由',
  export_col_counted: '集計対象',
  export_col_calendar: 'カレンダー',
  export_cat_execution: '実行',
  export_cat_innovation: 'イノベーション',
  export_cat_excluded: '除外',
  export_counted_yes: 'はい',
  export_counted_declined: 'いいえ（辞退）',
  export_counted_excluded: 'いいえ（除外）',
};
