import type { enLegend } from './en';

export const plLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Oznaczenia Polarity',
  page_legend_intro: 'Polarity oznacza każde wydarzenie paskiem przy lewej krawędzi:',
  page_legend_innovation: 'szeroki pasek i obramowanie: innowacje',
  page_legend_execution: 'wąski pasek: realizacja',
  page_legend_excluded: 'pasek w paski: wykluczone, nie liczy się',
  page_legend_dismiss: 'Rozumiem',
};
