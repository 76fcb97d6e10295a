import { jaCheck } from './check/ja';
import { jaReviewServes } from './review-serves/ja';
import { jaPopupMore } from './popup-more/ja';
import { jaOptions } from './options/ja';
import { jaLegend } from './legend/ja';
import { jaWelcome } from './welcome/ja';
import type { Messages } from '../render';
import { jaExport } from './export/ja';
import { jaPlan } from './plan/ja';
import { jaDataHealth } from './data-health/ja';
import { jaPopup } from './popup/ja';
import { jaPageMore } from './page/ja';
import { jaReader } from './reader/ja';

// Japanese. Product words: ../glossary.ts.
export const ja: Messages = {
  ...jaCheck,
  ...jaPageMore,
  ...jaExport,
  ...jaReader,
  ...jaDataHealth,
  ...jaPopup,
  ext_name: 'Polarity',
  ext_description:
    '実行とイノベーションのバランスを保つ: Google カレンダーの週の配分をツールバーに表示し、イノベーションの時間が奪われたらお知らせします。',
  ext_action_title: 'Polarity',
  page_control_label: 'Polarity のカテゴリ',
  page_category_group: 'カテゴリ',
  page_execution: '実行',
  page_innovation: 'イノベーション',
  page_exclude: '除外',
  page_auto: '自動',
  page_apply_to: '適用先',
  page_scope_event: 'この予定',
  page_scope_series: 'シリーズのすべての予定',
  page_reading: '読み込み中…',
  page_never_counted: '$1 · 集計されません',
  page_tag_error: 'カテゴリを保存できませんでした。ページを再読み込みしてもう一度お試しください。',
  page_dismiss: '閉じる',
  page_nudges_label: 'Polarity のお知らせ',
  reason_tag: 'あなたが設定',
  reason_series_tag: 'シリーズに設定',
  reason_rule: 'ルール $1: $2',
  reason_keyword: '自動: キーワード「$1」',
  reason_no_keyword: '自動: イノベーションのキーワードなし',
  reason_allday: '自動: 終日の予定',
  reason_task: '自動: Google ToDo リスト',
  reason_working_location: '自動: 勤務場所',
  reason_out_of_office: '自動: 不在',
  reason_holiday: '自動: 祝日',
  reason_birthday: '自動: 誕生日',
  rule_why_keyword: 'キーワード「$1」',
  rule_why_regex: 'タイトルが $1 に一致',
  rule_why_calendar: 'カレンダー「$1」',
  rule_why_color: '色「$1」',
  rule_why_guests: 'ゲストあり',
  rule_why_solo: 'ゲストなし',
  rule_why_time_block: '時間ブロック',
  nudge_taken_title: 'イノベーションの時間が奪われました: $1',
  nudge_taken_message: '$1: $2 失われました。\n$3',
  nudge_cause_overlap: '「$1」と重なっています',
  nudge_cause_overlap_unnamed: '別の予定と重なっています',
  nudge_cause_deleted: '削除されました',
  nudge_cause_shortened: '短縮されました',
  nudge_cause_moved_out: '週の外へ移動されました',
  nudge_rebook: '予約し直す',
  nudge_open: 'カレンダーで開く',
  nudge_next_unseen_title: '来週: イノベーションの時間は予約されていますか?',
  nudge_next_unseen_message:
    'Polarity はまだ来週を見ていないため判断できません。Google カレンダーで来週を開き、予定が埋まる前にイノベーションの時間を予約しましょう。',
  nudge_next_empty_title: '来週はイノベーションの時間が予約されていません',
  nudge_next_empty_message:
    '確認できた 7 日中 $1 日にはありません。ほかの予定で埋まる前にブロックを予約しましょう。',
  nudge_book_time: '時間を予約',
  nudge_open_next_week: '来週を開く',
  nudge_block_title: 'イノベーションの時間',
  badge_unreadable: 'Polarity$1: $2。保存済みの数値は変わりません。',
  badge_first_visit: 'Polarity$1: 集計するには Google カレンダーで今週を開いてください',
  badge_nothing_counted: 'Polarity$1: 今週は実行・イノベーションの時間がありません ($2)',
  ...jaWelcome,
  ...jaLegend,
  badge_account: ' (アカウント u/$1)',
  badge_days_seen: '7 日中 $1 日を確認済み',
  badge_no_overrides: '侵食なし',
  badge_overrides_other: 'イノベーション時間の未対応の侵食 $1 件',
  badge_after_hours: '、勤務時間外のイノベーション $1',
  badge_storage_full:
    'Polarity: ストレージがいっぱいのため、最新のカレンダーの変更を保存できませんでした (保存済みのデータは失われていません)。ディスクの空き容量を増やすか、オプションで保存する履歴を減らしてください。',
  unit_hours: '$1 時間',
  unit_minutes: '$1 分',
  unit_hours_minutes: '$1 時間 $2 分',
  ...jaPlan,
  ...jaReviewServes,
  ...jaPopupMore,
  ...jaOptions,
};
