import type { enLegend } from './en';

export const jaLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Polarity のマーク',
  page_legend_intro: 'Polarity は各予定の左端にバーを付けます:',
  page_legend_innovation: '太いバーと枠: イノベーション',
  page_legend_execution: '細いバー: 実行',
  page_legend_excluded: '縞模様のバー: 除外 (集計されません)',
  page_legend_dismiss: 'OK',
};
