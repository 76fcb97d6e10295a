import { reasonText } from '@/utils/domain/classify/reason-text';
import type { TagState } from '@/utils/domain/classify/tag-state';
import type { TagScope } from '@/utils/domain/db/tags';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { dirOf } from '@/utils/shared/i18n/locales';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { render } from '@/utils/shared/i18n/render';
import type { Category } from '@/utils/shared/types';
import { makeElement } from '../make-element';

export interface TagControlProps {
  /** Undefined until the background has classified the event. */
  state?: TagState;
  /** A recurring instance: the user chooses this event or the whole series. */
  recurring: boolean;
  /** False for all-day events, tasks and the like: they never count, whatever the tag. */
  countable: boolean;
  scope: TagScope;
  onScope(scope: TagScope): void;
  /** null: back to Auto. */
  onChoose(category: Category | null): void;
  busy?: boolean;
  /** Shown instead of the reason (a failed save). */
  error?: Msg;
}

export interface TagControl {
  el: HTMLElement;
  update(props: TagControlProps): void;
}

// Accessible names are the product contract (product.md): on an English page
// exactly Execution, Innovation, Exclude and Auto; elsewhere their translations.
const CHOICES: readonly { label: Msg['key']; category: Category | null }[] = [
  { label: 'page_execution', category: 'execution' },
  { label: 'page_innovation', category: 'innovation' },
  { label: 'page_exclude', category: 'excluded' },
  { label: 'page_auto', category: null },
];

const SCOPES: readonly { scope: TagScope; label: Msg['key'] }[] = [
  { scope: 'event', label: 'page_scope_event' },
  { scope: 'series', label: 'page_scope_series' },
];

/**
 * Arrow keys move along the buttons, as in a toolbar; Tab still leaves the
 * group. In a right-to-left page the next button is to the left.
 */
function onArrows(e: KeyboardEvent, dir: 'ltr' | 'rtl') {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const group = e.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')];
  const i = buttons.indexOf(e.target as HTMLButtonElement);
  if (i < 0) return;
  const forward = (e.key === 'ArrowRight') === (dir === 'ltr');
  const next = buttons[(i + (forward ? 1 : buttons.length - 1)) % buttons.length];
  next?.focus();
  e.preventDefault();
}

/**
 * The category control in Calendar's event popover. A category button is
 * pressed when it is the event's current category; Auto is pressed when no
 * hand tag decides it, so "Innovation + Auto" reads "innovation, by the rules".
 * Built once and patched on each update, so a focused button keeps its focus
 * while the answer comes back.
 */
export function createTagControl(doc: Document, { reader, dir }: PageLanguage): TagControl {
  let props: TagControlProps | undefined;
  const t = (key: Msg['key']) => render(msg(key), reader);

  const el = makeElement(doc, 'section', 'polarity');
  el.dir = dir;
  el.lang = reader.lang;
  el.setAttribute('aria-label', t('page_control_label'));
  const row = makeElement(doc, 'div', 'row');
  const brand = makeElement(doc, 'span', 'brand', 'Polarity');
  brand.setAttribute('aria-hidden', 'true');
  const group = makeElement(doc, 'div', 'choices');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', t('page_category_group'));
  group.addEventListener('keydown', (e) => onArrows(e, dir));
  const buttons = CHOICES.map(({ label, category }) => {
    const b = makeElement(doc, 'button', `choice ${category ?? 'auto'}`, t(label));
    b.type = 'button';
    b.addEventListener('click', () => {
      if (props && !props.busy) props.onChoose(category);
    });
    group.append(b);
    return b;
  });
  row.append(brand, group);

  // Only recurring events get it; kept aside otherwise, so the radios are built once too.
  const scopeSet = makeElement(doc, 'fieldset', 'scope');
  scopeSet.append(makeElement(doc, 'legend', undefined, t('page_apply_to')));
  const radios = SCOPES.map(({ scope, label }) => {
    const input = makeElement(doc, 'input');
    input.type = 'radio';
    input.name = 'polarity-scope';
    input.value = scope;
    input.addEventListener('change', () => props?.onScope(scope));
    const wrap = makeElement(doc, 'label');
    wrap.append(input, t(label));
    scopeSet.append(wrap);
    return { scope, input };
  });

  const reason = makeElement(doc, 'p', 'reason');
  // The words' own direction (English in a Hebrew page keeps its punctuation), aligned with the page's.
  reason.dir = dirOf(reader.lang);
  reason.setAttribute('aria-live', 'polite');
  el.append(row, reason);

  function update(next: TagControlProps) {
    props = next;
    const { state, recurring, countable, scope, busy } = next;
    const auto = state !== undefined && state.source !== 'tag' && state.source !== 'series-tag';
    CHOICES.forEach(({ category }, i) => {
      const b = buttons[i]!;
      const pressed =
        state !== undefined && (category === null ? auto : state.category === category);
      b.setAttribute('aria-pressed', String(pressed));
      b.disabled = !countable || state === undefined;
      if (busy === undefined) b.removeAttribute('aria-busy');
      else b.setAttribute('aria-busy', String(busy));
    });
    if (recurring && countable) {
      for (const r of radios) r.input.checked = r.scope === scope;
      if (scopeSet.parentNode !== el) el.insertBefore(scopeSet, reason);
    } else {
      scopeSet.remove();
    }
    // A live region: rewriting the same words would announce them again.
    // A reason the page's strings can't say (they never came) keeps the English words sent with it.
    const why = next.error
      ? render(next.error, reader)
      : state
        ? reasonText(state, reader)
        : render(msg('page_reading'), reader);
    const text =
      !countable && state && !next.error ? render(msg('page_never_counted', why), reader) : why;
    if (reason.textContent !== text) reason.textContent = text;
  }

  return { el, update };
}
