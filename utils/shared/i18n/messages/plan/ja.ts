import type { Messages } from '../../render';

// Japanese: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const jaPlan: Messages = {
  plan_badge_gap: '、予定 $1%: $3% に届くにはあと $2 の予約が必要',
  plan_badge_on_target: '、予定 $1%',
  plan_heading: 'この先の週',
  plan_this_week: '今週',
  plan_next_week: '来週',
  plan_planned: '予定: イノベーション $1% · 目標 $2%',
  plan_nothing_planned: 'まだ予定はありません。',
  plan_so_far: 'これまで: イノベーション $1、実行 $2',
  plan_ahead: '予定: イノベーション $1、実行 $2',
  plan_gap: '$2% に届くには、あと $1 を予約してください。',
  plan_on_target: '予定どおり目標に達しています。',
  plan_out_of_reach: '実行の予定がある限り、目標 $1% には届きません。',
  plan_unseen: 'まだ確認していません。',
  plan_open_week: 'Google カレンダーで開く',
  plan_days_seen: '確認した 7 日中 $1 日から予定を計算しています。',
  plan_slots_label: '勤務時間内の空き時間',
  plan_book_slot: '$1 を予約',
  plan_no_slots: '確認した日の勤務時間内に空き時間はありません。',
  plan_weekly: '毎週繰り返す',
  plan_other_hours: '勤務時間外の空き時間も表示',
  plan_other_slots_label: '勤務時間外の空き時間',
  plan_booking_note:
    'Google カレンダーの予定作成ページが入力済みで開きます。そこで保存するまで何も保存されません。',
  plan_streak_other: '$1 週連続で目標達成',
  plan_streak_at_least_other: '少なくとも $1 週連続で目標達成',
  plan_streak_none: '先週は目標を下回りました。目標達成の連続記録はまだありません。',
  plan_streak_kept: '今週の予定で記録は続きます。',
  plan_streak_at_risk: '今週は目標を下回る予定です。不足分を予約して記録を守りましょう。',
  plan_pattern_heading: '2 週連続で勤務時間外のイノベーション',
  plan_pattern_weeks: '$1 の週: イノベーションの $2% が勤務時間外。',
  plan_pattern_reason:
    '実行で埋まった一日の後、夜に押し込まれたイノベーションは燃え尽きにつながります。守りやすい勤務時間内に予約しましょう。',
  nudge_streak_title_other: '$1 週連続の目標達成を守りましょう',
  nudge_streak_message:
    '今週は目標 $2% に対して $1% の予定です。あと $3 を予約してください: $4 が空いています。',
  nudge_streak_message_no_slot:
    '今週は目標 $2% に対して $1% の予定です。週が終わる前に、あと $3 を予約してください。',
  nudge_pattern_title: '2 週連続で勤務時間外のイノベーション',
  nudge_pattern_message:
    'この 2 週間、イノベーションの大半が勤務時間外でした。燃え尽きにつながります。勤務時間内に予約しましょう。',
  nudge_book_slot: 'この時間を予約',
  nudge_open_week: '今週を開く',
  opt_ahead_heading: 'この先の週',
  opt_block_name_label: 'ポップアップから予約するブロックのタイトル',
  opt_block_name_hint:
    'ポップアップの時間ボタンは、このタイトルで Google カレンダーの予定作成ページを開きます。空欄なら既定のタイトルです。',
  opt_block_name_saved: '予約したブロックのタイトルは「$1」になります。',
  opt_streak_label: '目標達成の連続記録が途切れそうなとき',
  opt_streak_hint:
    '勤務週の終盤、今週が目標を下回る予定のとき: 空き時間を添えて 1 回お知らせします。',
  opt_pattern_label: 'イノベーションが勤務時間外にずれたとき',
  opt_pattern_hint:
    '2 週連続でイノベーションの大半が勤務時間外だったとき、勤務時間内の空き時間を添えて 1 回だけお知らせします。',
  opt_nudge_on: 'オン: $1。',
  opt_nudge_off: 'オフ: $1。',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: '役立てる先…',
  serves_none: '特になし',
  serves_heading: '実行に役立つイノベーション',
  serves_share: '今週のイノベーション $2 のうち $1 が実行に役立ちました。',
  serves_item: '$1: $2',
  serves_empty:
    '今週のイノベーションで実行に結び付いたものはありません。Google カレンダーでイノベーションの予定を開き、「役立てる先…」で対象を選んでください。',
  serves_trend_heading: '8 週間の推移',
  serves_trend_down: '$1: 取り組みの後、実行時間が週 $2 から $3 に減りました。',
  serves_trend_up: '$1: 取り組みの後、実行時間が週 $2 から $3 に増えました。',
  serves_trend_same: '$1: 取り組みの後も実行時間は週 $2 のままです。',
  serves_trend_unknown: '$1: 取り組みの前後の週がまだ足りず、判断できません。',
};
