import type { Messages } from '../../render';

// Japanese: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const jaPopupMore: Messages = {
  popup_loading: '今週を読み込んでいます…',
  popup_show_read: 'Polarity が読み取った内容を表示',
  popup_hours: '$1 時間',
  popup_chart_hours: '$1h',
  popup_week_number: '第$1週',

  popup_first_heading: 'Polarity へようこそ',
  popup_first_intro:
    'Polarity は、あなたが見ている Google カレンダーを読み取って 1 週間を把握します。',
  popup_first_step_open: 'Google カレンダーを週表示で開きます。',
  popup_first_step_browse: '集計したい週を表示します。表示した週はすべて記録されます。',
  popup_first_step_back: 'ここに戻ると、実行とイノベーションの割合を確認できます。',
  popup_first_private: 'データはすべてこのブラウザ内に保存され、外部には送信されません。',
  popup_first_open: 'Google カレンダーを開く',

  popup_nodata_heading: 'この週はまだ表示されていません',
  popup_nodata_text: 'Google カレンダーで週を表示すると、Polarity がその週を集計します。',
  popup_nodata_open: 'この週を Google カレンダーで開く',

  popup_load_error: '週を読み込めませんでした。',
  popup_try_again: '再試行',
  popup_error_detail: '技術的な詳細',
  popup_unreadable_note: '以下の数値は、以前に読み取った内容に基づいています。',
  popup_storage_full: 'ストレージがいっぱいです。',
  popup_storage_detail:
    '$1 に Polarity は$2を保存できなかったため、この週には最新の変更が反映されていない可能性があります。保存済みのデータは失われていません。ディスクの空き容量を増やすか、オプションで保存する履歴を減らしてください。',
  popup_storage_what_tag: 'カテゴリ',
  popup_storage_what_nudge: '通知への応答',
  popup_storage_what_page: 'カレンダーのページ',
  popup_storage_what_change: '変更',

  popup_daily_label: '日ごとの実行とイノベーション: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: '実行 $1、イノベーション $2',
  popup_not_seen: '未表示',
  popup_show_table: '表で表示',
  popup_day: '日',

  popup_blocks_none: '今週はイノベーションのブロックがありません。予定が埋まる前に予約しましょう。',
  popup_blocks_kept_count: '$2 件中 $1 件を確保',
  popup_block_kept: '確保',
  popup_block_kept_double: '確保、$1 が重複',
  popup_block_overridden: '侵食、$1 を失いました',
  popup_block_overlap: '$1 と重なり、$2 を失いました',
  popup_block_overlap_unnamed: '重なり、$1 を失いました',
  popup_block_deleted: '削除、$1 を失いました',
  popup_block_shortened: '短縮、$1 を失いました',
  popup_block_moved: '週の外へ移動、$1 を失いました',
  popup_block_rebooked: '再予約済み',
  popup_block_dismissed: '無視',

  popup_after_within: 'イノベーションの時間はすべて勤務時間内でした。',
  popup_after_outside: 'イノベーション $2 のうち $1 ($3) が勤務時間外でした。',
  popup_after_warning:
    '実行で埋まった 1 日の後、夜にイノベーションを詰め込むと燃え尽きにつながります。勤務時間内に予約しましょう。',

  popup_largest_series_other: '定期的な予定、$1 回',
  popup_largest_repeated_other: '繰り返し、$1 回',

  popup_trend_label: '週ごとのイノベーションの割合 (目標 $1): $2',
  popup_trend_point: '$1: $2 (7 日中 $3 日を確認)',
  popup_trend_no_data: '$1: データなし',
  popup_trend_note: '週ごとのイノベーションの割合 (%)。破線は目標の $1 です。',
  popup_show_list: 'リストで表示',

  popup_export_csv: '今週を CSV で',
  popup_export_json: 'すべてのデータを JSON で',
  popup_saved_file: '$1 を保存しました',
  popup_export_failed: 'エクスポートに失敗しました。',
  popup_no_page_report: 'ページレポートを作成できません。',

  popup_question_1:
    '今週の実行のうち、他の人が進められるチェックリストやテンプレートにできる部分はどこですか?',
  popup_question_2:
    '今週が大変になったとき、自分で作業に逃げ込みましたか、それともリードしましたか?',
  popup_question_3:
    'イノベーションの時間は誰にも奪われない場所に予約されていましたか、それとも夜にずれ込みましたか?',
  popup_question_4: '目標は今の役割と責任範囲に合っていますか、それとも以前の役割からの習慣ですか?',
  popup_question_5: '具体的な次の一歩がなかったために、今週止まってしまったアイデアはどれですか?',
  popup_question_6: '何を自動化すれば、浮いた時間を仕事の追加ではなく次の視野に回せますか?',
  popup_question_7:
    'チームの仕事は他のチームの仕事とどこで接していて、チームはその境界を把握していますか?',
  popup_question_8:
    '今週の実行はどのようにアイデアを育て、アイデアは来週の実行をどう楽にできますか?',
  popup_question_9: 'あなたがいなくてもチームが担える定例会議はどれですか?',
  popup_question_10:
    'チームの中で小さな穴に気づいて改善を提案したのは誰ですか? そのことを伝えましたか?',
  popup_question_11: '来週もう一歩先の視野で考えるなら、何のために時間を予約しますか?',
  popup_question_12:
    '今週「どちらか一方」に感じた要求はどれですか? それを「両方」にするにはどうすればよいでしょうか?',

  popup_read_back: '← 週に戻る',
  popup_read_heading: 'Polarity が読み取った内容',
  popup_read_loading: '前回の読み取りを確認しています…',
  popup_read_error: 'Polarity に問い合わせられませんでした。',
  popup_read_none:
    'ブラウザの起動以降、Polarity は Google カレンダーのページを読み取っていません。ページを開いてから、もう一度確認してください。',
  popup_read_cant: 'この表示は読み取れません',
  popup_read_verdict_other: '$2を読み取りました: $1 件の予定を集計しました。',
  popup_view_day: '日表示',
  popup_view_week: '週表示',
  popup_view_customday: 'カスタム表示 (日)',
  popup_view_customweek: 'カスタム表示 (週)',
  popup_view_month: '月表示',
  popup_view_agenda: 'スケジュール表示',
  popup_view_year: '年表示',
  popup_view_current: '現在の表示',
  popup_read_not_stored:
    'このページからは何も保存されていません。数値は以前のままです。下のページレポートで現在のページの状態がわかるため、修正に役立ちます。',
  popup_read_chips_found: '見つかった予定のチップ',
  popup_read_chips_unread: 'Polarity が読み取れなかったチップ',
  popup_read_not_counted: '集計対象外',
  popup_read_nothing: 'なし',
  popup_read_per_day: '日ごとの集計',
  popup_read_events: '予定',
  popup_read_time: '時間',
  popup_read_partly: '一部のみ表示',
  popup_read_time_blocks_other: '(時間ブロック $1 件)',
  popup_read_partly_note:
    '一部のみ表示: そこにあるチップを読み取れなかったか、「他 N 件」で予定が隠れています。Polarity はその日について保存済みの内容を残し、追加のみを行います。',
  popup_read_why_heading: '集計対象外とその理由',
  popup_read_no_title: '(タイトルなし)',
  popup_why_declined: '辞退',
  popup_why_task: 'タスク',
  popup_why_all_day: '終日',
  popup_why_holiday: '祝日',
  popup_why_birthday: '誕生日',
  popup_why_working_location: '勤務場所',
  popup_why_out_of_office: '不在',
  popup_count_declined_other: '辞退 $1 件',
  popup_count_task_other: 'タスク $1 件',
  popup_count_all_day_other: '終日 $1 件',
  popup_count_holiday_other: '祝日 $1 件',
  popup_count_birthday_other: '誕生日 $1 件',
  popup_count_working_location_other: '勤務場所 $1 件',
  popup_count_out_of_office_other: '不在 $1 件',
  popup_read_report_heading: '問題を報告',
  popup_read_report_note:
    'ページの構造をファイルに保存し、バグ報告に添付できるようにします。タイトル、名前、住所、説明、ID はすべてプレースホルダーに置き換えられます。',
  popup_read_report_save: 'ページレポートを保存',
  review_too_many_rules: 'ルールは最大 $1 個までです。オプションで 1 つ削除してください。',
};
