import type { enLegend } from './en';

export const nlLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Polarity-markeringen',
  page_legend_intro: 'Polarity markeert elke afspraak met een balk aan de linkerrand:',
  page_legend_innovation: 'brede balk en rand: innovatie',
  page_legend_execution: 'smalle balk: uitvoering',
  page_legend_excluded: 'gestreepte balk: uitgesloten, telt niet mee',
  page_legend_dismiss: 'Begrepen',
};
