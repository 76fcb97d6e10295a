import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { dirOf } from '@/utils/shared/i18n/locales';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { render } from '@/utils/shared/i18n/render';
import type { NudgeAction, ToastNudge } from '@/utils/shared/nudge';
import { makeElement } from '../make-element';

export interface ToastProps {
  /** Newest first; each with its own actions. */
  nudges: readonly ToastNudge[];
  onAction: (key: string, action: NudgeAction) => void;
  /** Time ran out (or Escape): the toasts go, the overrides stay as they are. */
  onExpire: () => void;
  autoHideMs?: number;
}

export interface Toast {
  el: HTMLElement;
  update(props: ToastProps): void;
}

export const TOAST_AUTO_HIDE_MS = 12_000;

/** `index` follows the card's place in the list, for the refocus after an action. */
interface Card {
  key: string;
  index: number;
  el: HTMLElement;
  title: HTMLElement;
  message: HTMLElement;
  rebook: HTMLButtonElement;
  open: HTMLButtonElement;
}

/** Writes only on change: a rewrite of the same words could be announced again. */
function setText(el: HTMLElement, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

/**
 * The page's nudges, bottom-left. They never take focus (the user is in the
 * middle of editing the calendar); they are reachable with Tab, and stay while
 * hovered or focused. A separate polite live region announces them once, as
 * text, without reading every button. Cards are kept by key across updates,
 * so a focused button stays focused while others come and go.
 */
export function createToast(doc: Document, { reader, dir }: PageLanguage): Toast {
  // Sentences from the background, in the page's language; long titles are cut, text only.
  const t = (m: Msg, max = 500) => render(m, reader).slice(0, max);
  let props: ToastProps = { nudges: [], onAction: () => {}, onExpire: () => {} };
  let hovered = false;
  let focused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refocus: number | null = null;
  const cards = new Map<string, Card>();

  const el = makeElement(doc, 'div', 'toasts');
  el.dir = dir;
  el.lang = reader.lang;
  const status = makeElement(doc, 'div', 'sr');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  el.append(status);

  // The clock restarts whenever the nudges change or the user lets go of them.
  function restartTimer() {
    clearTimeout(timer);
    timer = undefined;
    const { nudges, onExpire, autoHideMs = TOAST_AUTO_HIDE_MS } = props;
    if (nudges.length === 0 || hovered || focused) return;
    timer = setTimeout(onExpire, autoHideMs);
  }
  const setHovered = (v: boolean) => {
    if (hovered === v) return;
    hovered = v;
    restartTimer();
  };
  const setFocused = (v: boolean) => {
    if (focused === v) return;
    focused = v;
    restartTimer();
  };

  el.addEventListener('mouseenter', () => setHovered(true));
  el.addEventListener('mouseleave', () => setHovered(false));
  el.addEventListener('focus', () => setFocused(true), true);
  el.addEventListener(
    'blur',
    (e) => {
      const to = e.relatedTarget as Node | null;
      if (!to || !el.contains(to)) setFocused(false);
    },
    true,
  );
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') props.onExpire();
  });

  function createCard(key: string): Card {
    const card: Card = {
      key,
      index: 0,
      el: makeElement(doc, 'section', 'toast'),
      title: makeElement(doc, 'p', 'title'),
      message: makeElement(doc, 'p', 'message'),
      rebook: makeElement(doc, 'button', 'primary'),
      open: makeElement(doc, 'button'),
    };
    const dismiss = makeElement(doc, 'button', undefined, t(msg('page_dismiss')));
    const actions = makeElement(doc, 'div', 'actions');
    const buttons = [
      [card.rebook, 'rebook'],
      [card.open, 'open'],
      [dismiss, 'dismiss'],
    ] as const;
    for (const [b, action] of buttons) {
      b.type = 'button';
      // A keyboard click (detail 0) keeps the user in the toasts; a mouse click lets them go.
      b.addEventListener('click', (e) => {
        if (e.detail === 0) refocus = card.index;
        props.onAction(card.key, action);
      });
      actions.append(b);
    }
    const brand = makeElement(doc, 'p', 'brand', 'Polarity');
    brand.setAttribute('aria-hidden', 'true');
    // The words' own direction (English in a Hebrew page keeps its punctuation), aligned with the page's.
    card.title.dir = card.message.dir = dirOf(reader.lang);
    card.el.append(brand, card.title, card.message, actions);
    return card;
  }

  function update(next: ToastProps) {
    const prev = props;
    props = next;
    const { nudges } = next;

    const newest = nudges[0];
    setText(status, newest ? t(msg('page_toast_status', newest.title, newest.message), 1100) : '');

    const keys = new Set(nudges.map((n) => n.key));
    for (const [key, card] of cards) {
      if (keys.has(key)) continue;
      card.el.remove();
      cards.delete(key);
    }
    // Move only what is out of place: moving a node drops its focus.
    let cursor = status.nextSibling;
    nudges.forEach((n, index) => {
      let card = cards.get(n.key);
      if (!card) cards.set(n.key, (card = createCard(n.key)));
      card.index = index;
      const title = t(n.title);
      card.el.setAttribute('aria-label', title);
      setText(card.title, title);
      setText(card.message, t(n.message));
      setText(card.rebook, t(n.rebookLabel, 40));
      setText(card.open, t(n.openLabel, 40));
      if (card.el === cursor) cursor = cursor.nextSibling;
      else el.insertBefore(card.el, cursor);
    });

    // After an action removes a toast that had focus, focus moves to the next one, not to nowhere.
    if (nudges !== prev.nudges && refocus !== null) {
      const primaries = el.querySelectorAll<HTMLButtonElement>('.toast button.primary');
      const target = primaries[Math.min(refocus, primaries.length - 1)];
      refocus = null;
      if (target) target.focus();
      else setFocused(false);
    }

    if (
      nudges !== prev.nudges ||
      next.onExpire !== prev.onExpire ||
      next.autoHideMs !== prev.autoHideMs
    ) {
      restartTimer();
    }
  }

  return { el, update };
}
