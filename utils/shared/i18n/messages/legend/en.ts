// The one-time legend of the chip markers, on the calendar page. The content
// script carries this English part; spread into ../en.ts.
export const enLegend = {
  page_legend_label: 'Polarity markers',
  page_legend_intro: 'Polarity marks each event with a bar on its left edge:',
  page_legend_innovation: 'wide bar and ring: innovation',
  page_legend_execution: 'narrow bar: execution',
  page_legend_excluded: 'striped bar: excluded, not counted',
  page_legend_dismiss: 'Got it',
} as const;
