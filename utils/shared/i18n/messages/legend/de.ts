import type { enLegend } from './en';

export const deLegend: Record<keyof typeof enLegend, string> = {
  page_legend_label: 'Polarity-Markierungen',
  page_legend_intro: 'Polarity markiert jeden Termin mit einem Balken am linken Rand:',
  page_legend_innovation: 'breiter Balken und Rahmen: Innovation',
  page_legend_execution: 'schmaler Balken: Umsetzung',
  page_legend_excluded: 'gestreifter Balken: ausgeschlossen, zählt nicht',
  page_legend_dismiss: 'Verstanden',
};
