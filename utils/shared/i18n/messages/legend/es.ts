import type { enLegend } from './en';

export const esLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Marcas de Polarity',
  page_legend_intro: 'Polarity marca cada evento con una barra en su borde izquierdo:',
  page_legend_innovation: 'barra ancha y contorno: innovación',
  page_legend_execution: 'barra estrecha: ejecución',
  page_legend_excluded: 'barra a rayas: excluido, no cuenta',
  page_legend_dismiss: 'Entendido',
};
