import type { ServesTarget } from '@/utils/domain/db/schema';
import { makeElement } from '../make-element';

export interface ServesProps {
  /** What it can serve: the week's execution series and titles. */
  choices: readonly ServesTarget[];
  current: ServesTarget | null;
  /** In the user's language, from the background. */
  words: { label: string; none: string };
  busy: boolean;
  onServe(target: ServesTarget | null): void;
}

export interface ServesView {
  el: HTMLElement;
  /** null: not an innovation event, nothing shown. */
  update(props: ServesProps | null): void;
}

const same = (a: ServesTarget, b: ServesTarget) => a.kind === b.kind && a.key === b.key;

/**
 * "Serves…" under the category buttons of an innovation event: a native
 * select (keyboard and screen readers for free), titles as text only. The
 * current target is offered even when it is not in this week's choices.
 */
export function createServes(doc: Document): ServesView {
  const el = makeElement(doc, 'label', 'serves');
  const name = makeElement(doc, 'span');
  const select = makeElement(doc, 'select');
  el.append(name, select);
  let props: ServesProps | null = null;
  let offered: ServesTarget[] = [];
  let last = '';
  select.addEventListener('change', () => {
    const i = Number(select.value);
    props?.onServe(select.value === '' ? null : (offered[i] ?? null));
  });

  function update(next: ServesProps | null) {
    props = next;
    el.hidden = !next;
    if (!next) return;
    const { current, choices, words } = next;
    select.disabled = next.busy;
    // Rebuilt only when something changed: the page re-renders often, and a
    // rebuilt select closes under the user's pointer.
    const drawn = JSON.stringify([words, current, choices]);
    if (drawn !== last) {
      last = drawn;
      name.textContent = words.label;
      offered =
        current && !choices.some((c) => same(c, current)) ? [current, ...choices] : [...choices];
      const options = [makeElement(doc, 'option', undefined, words.none)];
      options[0]!.value = '';
      offered.forEach((t, i) => {
        const o = makeElement(doc, 'option', undefined, t.title);
        o.value = String(i);
        options.push(o);
      });
      select.replaceChildren(...options);
    }
    // Always what is stored: a choice that failed to save goes back.
    const at = current ? offered.findIndex((t) => same(t, current)) : -1;
    select.value = at < 0 ? '' : String(at);
  }

  update(null);
  return { el, update };
}
