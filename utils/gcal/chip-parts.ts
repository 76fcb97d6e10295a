import { ATTR } from './selectors';

/** What a chip element carries, read from attributes and text only. */
export interface ChipParts {
  eid: string;
  /** The visually hidden accessible text; empty when the chip has none. */
  hidden: string;
  /** The visible (aria-hidden) title, when it can be told apart. */
  visibleTitle?: string;
  /** The visible time label, when there is one. */
  visibleTime?: string;
  /** CSS colour: the event's own swatch, else the chip's fill, else its border. */
  color?: string;
}

/** How the chip's text is read: `textContent` in production; `innerText` in the naive baseline. */
export type TextOf = (el: Element) => string;

export const textContentOf: TextOf = (el) => el.textContent ?? '';

const FIELD_BEFORE = ',、，،「:：';
const FIELD_AFTER = ',、，،」';
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00a0' || ch === '\u202f';

/** Where `part` appears in `text` as a whole field after the first one, or -1. */
function laterFieldIndex(text: string, part: string): number {
  for (let i = text.indexOf(part, 1); i !== -1; i = text.indexOf(part, i + 1)) {
    let b = i - 1;
    while (b > 0 && isSpace(text[b])) b--;
    let a = i + part.length;
    while (a < text.length && isSpace(text[a])) a++;
    if (FIELD_BEFORE.includes(text[b]!) && (a >= text.length || FIELD_AFTER.includes(text[a]!)))
      return i;
  }
  return -1;
}

/** Texts of an aria-hidden subtree: every element without element children, and every mixed one. */
function collectTexts(el: Element, textOf: TextOf, out: string[]): void {
  let kid: Element | null = el.firstElementChild;
  // More nodes than elements means text sits beside the elements: read it whole too.
  if (!kid || el.childNodes.length > el.childElementCount) {
    const t = textOf(el).trim();
    if (t) out.push(t);
  }
  for (; kid; kid = kid.nextElementSibling) collectTexts(kid, textOf, out);
}

/** The value of an inline style property, found without a regex on the hot path. */
export function styleValue(style: string, prop: string): string | undefined {
  for (let i = style.indexOf(prop); i !== -1; i = style.indexOf(prop, i + 1)) {
    let b = i - 1;
    while (b >= 0 && style[b] === ' ') b--;
    let a = i + prop.length;
    while (style[a] === ' ') a++;
    if ((b < 0 || style[b] === ';') && style[a] === ':') {
      const end = style.indexOf(';', a);
      const value = style.slice(a + 1, end === -1 ? undefined : end).trim();
      if (value) return value;
    }
  }
  return undefined;
}

function styleColor(el: Element, withBorder: boolean): string | undefined {
  const style = el.getAttribute(ATTR.style);
  if (!style) return undefined;
  return (
    styleValue(style, 'background-color') ??
    styleValue(style, 'background') ??
    (withBorder ? styleValue(style, 'border-color') : undefined)
  );
}

const DIGIT = /\p{Nd}/u;

/** A chip's parts, found but not yet read beyond its hidden text. */
export interface LocatedChip {
  eid: string;
  hidden: string;
  /** The aria-hidden subtrees that hold the visible title and time. */
  visibleBoxes: Element[];
  color?: string;
}

/**
 * Finds a chip's parts. The hidden text is the first child that is not
 * aria-hidden and has text; a stacked (all-day, month) chip nests it a level
 * down, inside its button, beside the aria-hidden visible parts. Null without an id.
 */
export function locateChip(chip: Element, textOf: TextOf = textContentOf): LocatedChip | null {
  const eid = chip.getAttribute(ATTR.eventId);
  if (!eid) return null;
  const found: LocatedChip = { eid, hidden: '', visibleBoxes: [] };
  scan(chip, 0, found, textOf);
  const color = found.color ?? styleColor(chip, true);
  if (color) found.color = color;
  return found;
}

/** Walks a chip's children for its parts; a stacked chip's button is entered, not read whole. */
function scan(box: Element, depth: number, found: LocatedChip, textOf: TextOf): void {
  for (let kid: Element | null = box.firstElementChild; kid; kid = kid.nextElementSibling) {
    if (kid.getAttribute(ATTR.ariaHidden) === 'true') {
      if (kid.hasAttribute(ATTR.eventId)) continue; // the resize handle
      const inner = kid.firstElementChild;
      // An empty aria-hidden box around one styled, empty element is the event's colour swatch.
      const swatch =
        !found.color && inner && !inner.firstChild && !inner.nextElementSibling
          ? styleColor(inner, false)
          : undefined;
      if (swatch) found.color = swatch;
      else found.visibleBoxes.push(kid);
    } else if (!found.hidden) {
      if (kid.firstElementChild) {
        if (depth < 2) scan(kid, depth + 1, found, textOf);
      } else {
        found.hidden = textOf(kid).trim();
      }
    }
  }
}

/** The visible title (the visible text that is a later field of the hidden text) and time label. */
export function visibleTexts(
  hidden: string,
  visibleBoxes: Element[],
  textOf: TextOf = textContentOf,
): { visibleTitle?: string; visibleTime?: string } {
  const texts: string[] = [];
  for (const box of visibleBoxes) collectTexts(box, textOf, texts);
  const out: { visibleTitle?: string; visibleTime?: string } = {};
  let titleAt = Infinity;
  for (const t of texts) {
    const at = laterFieldIndex(hidden, t);
    if (at !== -1 && at < titleAt) {
      titleAt = at;
      out.visibleTitle = t;
    }
  }
  const time = texts.find((t) => t !== out.visibleTitle && DIGIT.test(t));
  if (time) out.visibleTime = time;
  return out;
}

const TOP = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/;

/** The chip's inline `top` in px inside its column, when it has one. */
export function chipTop(chip: Element): number | undefined {
  const m = TOP.exec(chip.getAttribute(ATTR.style) ?? '');
  return m ? Number(m[1]) : undefined;
}
