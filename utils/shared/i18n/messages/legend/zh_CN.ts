import type { enLegend } from './en';

export const zhCNLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Polarity 标记',
  page_legend_intro: 'Polarity 在每个活动的左边缘加上一条色条:',
  page_legend_innovation: '宽色条加边框:创新',
  page_legend_execution: '窄色条:执行',
  page_legend_excluded: '条纹色条:排除,不计入',
  page_legend_dismiss: '知道了',
};
