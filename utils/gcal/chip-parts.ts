import type { BoundedCache } from './bounded-cache';
import type { RawChip } from './page-read';
import { ATTR, DATE_KEY } from './selectors';

/** How the chip's text is read: `textContent` in production; `innerText` in the naive baseline. */
export type TextOf = (el: Element) => string;

export const textContentOf: TextOf = (el) => el.textContent ?? '';

/** How chips are taken from the page: the fast path and the naive baseline differ only here. */
export interface ExtractKit {
  textOf: TextOf;
  /**
   * Visible texts keyed by the hidden text. The hidden text carries the title,
   * times, date and calendar, so two chips that share it show the same visible
   * parts; a hit skips the visible subtree entirely.
   */
  visible?: BoundedCache<string[]>;
}

/** A child that is not an element, found by walking siblings (`childNodes` builds a live list). */
function hasLooseNodes(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType !== 1) return true;
  return false;
}

/** Texts of an aria-hidden subtree: every element without element children, and every mixed one. */
function collectTexts(el: Element, textOf: TextOf, out: string[]): void {
  let kid: Element | null = el.firstElementChild;
  // Text beside the elements: read it whole too.
  if (!kid || hasLooseNodes(el)) {
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
      let value = style.slice(a + 1, end === -1 ? undefined : end).trim();
      // Another extension may restyle chips inline with `!important`: the value is what counts.
      const bang = value.indexOf('!');
      if (bang !== -1) value = value.slice(0, bang).trim();
      if (value) return value;
    }
  }
  return undefined;
}

function styleColor(el: Element, withBorder: boolean): string | undefined {
  return colorIn(el.getAttribute(ATTR.style), withBorder);
}

function colorIn(style: string | null, withBorder: boolean): string | undefined {
  if (!style) return undefined;
  return (
    styleValue(style, 'background-color') ??
    styleValue(style, 'background') ??
    (withBorder ? styleValue(style, 'border-color') : undefined)
  );
}

interface Found {
  hidden: string;
  boxes: Element[];
  color?: string;
}

/** Walks a chip's children for its parts; a stacked chip's button is entered, not read whole. */
function scan(box: Element, depth: number, found: Found, textOf: TextOf): void {
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
      else found.boxes.push(kid);
    } else if (!found.hidden) {
      if (kid.firstElementChild) {
        if (depth < 2) scan(kid, depth + 1, found, textOf);
      } else {
        found.hidden = textOf(kid).trim();
      }
    }
  }
}

/**
 * A chip's parts. The hidden text is the first child that is not aria-hidden
 * and has text; a stacked (all-day, month) chip nests it a level down, inside
 * its button, beside the aria-hidden visible parts. A chip without an id is
 * kept (with an empty one): it makes its day partial.
 */
export function extractChip(
  chip: Element,
  kit: ExtractKit,
  // Read once by the callers that need it for their own fields too.
  style: string | null = chip.getAttribute(ATTR.style),
): RawChip {
  const eid = chip.getAttribute(ATTR.eventId) ?? '';
  const found: Found = { hidden: '', boxes: [] };
  scan(chip, 0, found, kit.textOf);
  const { hidden, boxes } = found;
  const collect = () => {
    const texts: string[] = [];
    for (const box of boxes) collectTexts(box, kit.textOf, texts);
    return texts;
  };
  const raw: RawChip = {
    eid,
    hidden,
    visible: kit.visible && hidden ? kit.visible.get(hidden, collect) : collect(),
  };
  const color = found.color ?? colorIn(style, true);
  if (color) raw.color = color;
  return raw;
}

const TOP = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/;

/** A day-column chip: its inline `top` in px tells the tail of a midnight-crossing event. */
export function columnChip(chip: Element, kit: ExtractKit): RawChip {
  const style = chip.getAttribute(ATTR.style);
  const raw = extractChip(chip, kit, style);
  const m = style && TOP.exec(style);
  if (m) raw.top = Number(m[1]);
  return raw;
}

/** A `left`/`width` inline value in percent (`14.29%` or `calc(14.29% + 0px)`). */
function percent(style: string, prop: string): number | undefined {
  const value = styleValue(style, prop);
  if (!value) return undefined;
  const n = parseFloat(value.startsWith('calc(') ? value.slice(5) : value);
  return Number.isFinite(n) && value.includes('%') ? n : undefined;
}

/** A stacked chip (all-day row, month): its share of the row, else the date of its cell. */
export function stackedChip(chip: Element, kit: ExtractKit): RawChip {
  const style = chip.getAttribute(ATTR.style) ?? '';
  const raw = extractChip(chip, kit, style);
  const left = percent(style, 'left');
  if (left !== undefined) {
    raw.left = left;
    const width = percent(style, 'width');
    if (width !== undefined) raw.width = width;
  } else {
    const key = chip.closest(DATE_KEY)?.getAttribute(ATTR.dateKey);
    if (key) raw.cellKey = key;
  }
  return raw;
}
