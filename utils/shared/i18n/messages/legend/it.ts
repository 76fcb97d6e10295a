import type { enLegend } from './en';

export const itLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Indicatori di Polarity',
  page_legend_intro: 'Polarity segna ogni evento con una barra sul bordo sinistro:',
  page_legend_innovation: 'barra larga e contorno: innovazione',
  page_legend_execution: 'barra stretta: esecuzione',
  page_legend_excluded: 'barra a strisce: escluso, non conta',
  page_legend_dismiss: 'Ho capito',
};
