import type { enLegend } from './en';

export const frLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Repères Polarity',
  page_legend_intro: 'Polarity marque chaque événement d’une barre sur son bord gauche :',
  page_legend_innovation: 'barre large et contour : innovation',
  page_legend_execution: 'barre étroite : exécution',
  page_legend_excluded: 'barre rayée : exclu, ne compte pas',
  page_legend_dismiss: 'J’ai compris',
};
