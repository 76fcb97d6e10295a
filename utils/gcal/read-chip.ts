import type { ChipText, ChipTextHints } from './chip-text';
import { fallbackId, type ReadChip } from './chip-event';
import type { DecodedEventId } from './event-id';
import type { BoundedCache } from './bounded-cache';
import type { RawChip } from './page-read';
import { visibleTitle } from './visible-title';

/** The text side of a chip: its visible title and time, and the parse of its hidden text. */
export interface ChipTexts {
  visibleTitle?: string;
  visibleTime?: string;
  text: ChipText | null;
}

/** How chips are read into events: the fast path and the naive baseline differ only here. */
export interface ReadKit {
  parse(hidden: string, hints: ChipTextHints): ChipText | null;
  decode(eid: string): DecodedEventId | null;
  lang?: string;
  /** The account's time zone when the page names it; times are placed in it. */
  zone?: string;
  /** Memo keyed by the hidden text alone, which decides the visible parts too. */
  texts?: BoundedCache<ChipTexts>;
}

function readTexts(raw: RawChip, kit: ReadKit): ChipTexts {
  const visible = visibleTitle(raw.hidden, raw.visible);
  const hints: ChipTextHints = { ...visible };
  if (kit.lang) hints.lang = kit.lang;
  return { ...visible, text: raw.hidden ? kit.parse(raw.hidden, hints) : null };
}

/** Reads and parses one chip; null when it has no id. */
export function readChip(raw: RawChip, kit: ReadKit): ReadChip | null {
  const { eid, hidden, color } = raw;
  if (!eid) return null;
  const texts = kit.texts ? kit.texts.get(hidden, () => readTexts(raw, kit)) : readTexts(raw, kit);
  const id = kit.decode(eid) ?? fallbackId(eid);
  const parts: ReadChip['parts'] = { eid, hidden };
  if (texts.visibleTitle) parts.visibleTitle = texts.visibleTitle;
  if (texts.visibleTime) parts.visibleTime = texts.visibleTime;
  if (color) parts.color = color;
  return { parts, id, text: texts.text };
}
