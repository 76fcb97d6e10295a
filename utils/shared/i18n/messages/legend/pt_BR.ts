import type { enLegend } from './en';

export const ptBRLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Marcas do Polarity',
  page_legend_intro: 'O Polarity marca cada evento com uma barra na borda esquerda:',
  page_legend_innovation: 'barra larga e contorno: inovação',
  page_legend_execution: 'barra estreita: execução',
  page_legend_excluded: 'barra listrada: excluído, não conta',
  page_legend_dismiss: 'Entendi',
};
