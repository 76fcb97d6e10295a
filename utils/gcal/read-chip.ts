import type { ChipText, ChipTextHints } from './chip-text';
import { locateChip, visibleTexts, type TextOf } from './chip-parts';
import { fallbackId, type ReadChip } from './chip-event';
import type { DecodedEventId } from './event-id';
import type { BoundedCache } from './bounded-cache';

/** The text side of a chip: its visible title and time, and the parse of its hidden text. */
export interface ChipTexts {
  visibleTitle?: string;
  visibleTime?: string;
  text: ChipText | null;
}

/** How chips are read: the fast path and the naive baseline differ only here. */
export interface ReadKit {
  textOf: TextOf;
  parse(hidden: string, hints: ChipTextHints): ChipText | null;
  decode(eid: string): DecodedEventId | null;
  lang?: string;
  /** The account's time zone when the page names it; times are placed in it. */
  zone?: string;
  /**
   * Memo keyed by the hidden text alone. The hidden text carries the title,
   * times, date and calendar, so two chips that share it show the same visible
   * parts; a hit skips the visible subtree entirely.
   */
  texts?: BoundedCache<ChipTexts>;
}

function readTexts(hidden: string, boxes: Element[], kit: ReadKit): ChipTexts {
  const visible = visibleTexts(hidden, boxes, kit.textOf);
  const hints: ChipTextHints = { ...visible };
  if (kit.lang) hints.lang = kit.lang;
  return { ...visible, text: hidden ? kit.parse(hidden, hints) : null };
}

/** Reads and parses one chip element; null when it has no id. */
export function readChip(chip: Element, kit: ReadKit): ReadChip | null {
  const located = locateChip(chip, kit.textOf);
  if (!located) return null;
  const { eid, hidden, visibleBoxes, color } = located;
  const texts = kit.texts
    ? kit.texts.get(hidden, () => readTexts(hidden, visibleBoxes, kit))
    : readTexts(hidden, visibleBoxes, kit);
  const id = kit.decode(eid) ?? fallbackId(eid);
  const parts: ReadChip['parts'] = { eid, hidden };
  if (texts.visibleTitle) parts.visibleTitle = texts.visibleTitle;
  if (texts.visibleTime) parts.visibleTime = texts.visibleTime;
  if (color) parts.color = color;
  return { parts, id, text: texts.text };
}
