import type { enWelcome } from './en';

export const jaWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Polarity へようこそ',
  welcome_lead:
    '実行とイノベーションはポラリティ、つまり両方を同時に管理すべき 2 つのニーズです。Polarity は Google カレンダーの週を読み取り、両者を区別して、その割合を常に見えるようにします。データはこのブラウザの外に出ません。',
  welcome_role_heading: '1. 役割と担当範囲',
  welcome_role_hint:
    '適切な割合は役割の担当範囲によって変わります。ご自分に最も近いものを選んでください。すぐに保存され、オプションでいつでも変更できます。',
  welcome_week_heading: '2. 勤務日と勤務時間',
  welcome_week_hint: 'この時間外のイノベーションも集計され、時間外として表示されます。',
  welcome_tag_heading: '3. 分類のしかた',
  welcome_tag_auto:
    '予定には自動でカテゴリが付きます。「プロトタイプ」や「戦略」などの語を含むタイトルはイノベーション、終日の予定と不在は除外、それ以外は実行です。',
  welcome_tag_fix:
    '修正するには Google カレンダーで予定を開きます。詳細の下に Polarity が 4 つのボタン (実行、イノベーション、除外、自動) を表示します。繰り返しの予定はシリーズ全体に適用できます。',
  welcome_marks_intro: 'カレンダーの各予定の左端にバーが付きます:',
  welcome_marks_label: 'カレンダー上のマーク',
  welcome_mark_innovation: 'イノベーション: 太い青緑のバーと予定を囲む枠。',
  welcome_mark_execution: '実行: 細い紺色のバー。',
  welcome_mark_excluded: '除外: 縞模様のバーと斜線。集計されません。',
  welcome_badge_heading: '4. バッジの意味',
  welcome_badge_lead:
    'ツールバーのアイコンに今週のイノベーションの割合が表示されます。ツールチップには状態が言葉で、時間、目標、確認済みの日数とともに示されます。',
  welcome_badges_label: 'バッジの状態',
  welcome_badge_on_target: '緑: 目標以上。',
  welcome_badge_below: '薄い琥珀色に濃い文字: 目標未満。',
  welcome_badge_override: '濃い赤: イノベーションの時間が侵食され、まだ対処されていません。',
  welcome_badge_none: '灰色で数字なし: まだ何も集計されていません。',
  welcome_open_heading: '5. Google カレンダーを開く',
  welcome_open_hint:
    'Polarity は週表示で開いた週を集計します。今週を開き、数週間さかのぼると履歴がたまります。',
  welcome_open_button: 'Google カレンダーを開く',
  welcome_later: 'このページにはオプションからいつでも戻れます。',
  welcome_options_button: 'オプションを開く',
  options_start_heading: 'はじめに',
  options_welcome_button: 'ようこそページを表示',
  options_welcome_hint: '役割と目標、勤務日と時間、分類とバッジのしくみ。',
  options_shortcut: 'Polarity のポップアップを開くキーボード ショートカット:',
  options_shortcut_none:
    'Polarity のポップアップにはキーボード ショートカットが設定されていません。',
  options_shortcut_change:
    'ブラウザの拡張機能のショートカット設定で変更できます (Chrome: chrome://extensions/shortcuts、Firefox: アドオン、拡張機能のショートカットキーの管理)。',
  badge_split_on_target:
    'Polarity$1: 目標達成。イノベーション $2% ($3)、実行 $4% ($5)、目標 $6%、$7$8、$9',
  badge_split_below:
    'Polarity$1: 目標未満。イノベーション $2% ($3)、実行 $4% ($5)、目標 $6%、$7$8、$9',
  badge_split_override:
    'Polarity$1: イノベーションの時間が侵食されています。イノベーション $2% ($3)、実行 $4% ($5)、目標 $6%、$7$8、$9',
};
