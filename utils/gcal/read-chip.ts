import { parseTimeRange, type ChipText, type ChipTextHints } from './chip-text';
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

/**
 * A time block's times: the hidden text's own when it reads as an event, else
 * the visible time label, else a range in the task text's last field. Null for
 * a task with no end (unscheduled, or only due at a time): it stays a task.
 */
function timeBlockText(texts: ChipTexts, hidden: string, lang?: string): ChipText | null {
  const t = texts.text;
  if (t?.kind === 'timed' && t.start && t.end) return t;
  const last = hidden.slice(hidden.lastIndexOf(',') + 1).trim();
  const range =
    (texts.visibleTime && parseTimeRange(texts.visibleTime, lang)) ||
    (last && parseTimeRange(last, lang));
  if (!range) return null;
  const title = texts.visibleTitle ?? t?.title ?? '';
  return { ...t, kind: 'timed', title, ...range };
}

/** Reads and parses one chip; null when it has no id. */
export function readChip(raw: RawChip, kit: ReadKit): ReadChip | null {
  const { eid, hidden, color } = raw;
  if (!eid) return null;
  const texts = kit.texts ? kit.texts.get(hidden, () => readTexts(raw, kit)) : readTexts(raw, kit);
  let id = kit.decode(eid) ?? fallbackId(eid);
  let text = texts.text;
  const parts: ReadChip['parts'] = { eid, hidden };
  if (texts.visibleTitle) parts.visibleTitle = texts.visibleTitle;
  if (texts.visibleTime) parts.visibleTime = texts.visibleTime;
  if (color) parts.color = color;
  // A task chip with no title of its own ("3 pending tasks") is named by what it shows.
  if (id.kind === 'task' && !texts.visibleTitle && !texts.text?.title && raw.visible[0])
    parts.visibleTitle = raw.visible[0];
  if (id.timeBlock) {
    // Focus time and time-blocked tasks count like any timed event (product.md "Time block").
    const block = timeBlockText(texts, hidden, kit.lang);
    if (block) {
      id = { ...id, kind: 'event' };
      text = block;
      parts.timeBlock = true;
    } else if (texts.text?.kind !== 'task') {
      // Neither a task nor readable times: an unreadable chip, not a task to exclude.
      id = { ...id, kind: 'event' };
    }
  }
  return { parts, id, text };
}
