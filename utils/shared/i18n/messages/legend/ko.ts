import type { enLegend } from './en';

export const koLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Polarity 표시',
  page_legend_intro: 'Polarity는 각 일정의 왼쪽 가장자리에 막대를 표시합니다.',
  page_legend_innovation: '넓은 막대와 테두리: 혁신',
  page_legend_execution: '좁은 막대: 실행',
  page_legend_excluded: '줄무늬 막대: 제외, 집계 안 함',
  page_legend_dismiss: '확인',
};
