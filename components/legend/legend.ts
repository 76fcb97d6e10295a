import { MARKS } from '@/utils/shared/marker-paint';
import { makeElement } from '../make-element';

export interface LegendText {
  label: string;
  intro: string;
  innovation: string;
  execution: string;
  excluded: string;
  dismiss: string;
}

/**
 * The chip markers explained once, beside the calendar: three drawn markers
 * (painted by the very declarations chips get) with their meaning in words, and a
 * button to put it away. Text only; it takes no focus by itself, and Escape
 * inside it dismisses it too.
 */
export function createLegend(doc: Document, text: LegendText, onDismiss: () => void): HTMLElement {
  const el = makeElement(doc, 'aside', 'legend');
  el.setAttribute('aria-label', text.label);
  const list = makeElement(doc, 'ul');
  for (const category of ['innovation', 'execution', 'excluded'] as const) {
    const sample = makeElement(doc, 'span', `sample ${category}`);
    sample.setAttribute('aria-hidden', 'true');
    // Through the CSSOM, which a page's style-src policy does not refuse.
    sample.style.cssText = MARKS[category];
    const item = makeElement(doc, 'li');
    item.append(sample, makeElement(doc, 'span', undefined, text[category]));
    list.append(item);
  }
  const button = makeElement(doc, 'button', 'dismiss', text.dismiss);
  button.type = 'button';
  button.addEventListener('click', onDismiss);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onDismiss();
  });
  el.append(makeElement(doc, 'p', 'intro', text.intro), list, button);
  return el;
}
