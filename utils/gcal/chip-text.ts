// Reads a chip's hidden accessibility text (docs/google-calendar-dom.md, "The
// hidden text") in any of Google Calendar's 73 UI languages. The language's
// tables (./locales) say how it writes separators, am/pm words and labels;
// times are read only from the text before the title, found from the visible
// title when known, else from the fields that can only follow a title.
import type { Rsvp } from '@/utils/shared/types';
import { found, readRange } from './locales/clock';
import type { CompiledLocale } from './locales/compile';
import type { ClockTime, YMD } from './locales/types';
import { readDate } from './locales/dates';
import { asciiDigits } from './locales/digits';
import {
  fieldAt,
  fieldEndsAt,
  fieldStartsAt,
  nextSep,
  rsvpAt,
  sepLength,
  startsWithAny,
  unquote,
} from './locales/fields';
import { localeForLang } from './locales/index';
import { titleByAnchors } from './locales/title';
import { whenFromFields } from './locales/when';

export type { ClockTime, YMD };

export type ChipTextKind = 'timed' | 'allday' | 'task' | 'working-location' | 'out-of-office';
export interface ChipText {
  kind: ChipTextKind;
  start?: ClockTime;
  end?: ClockTime;
  startDate?: YMD;
  endDate?: YMD;
  title: string;
  rsvp?: Rsvp;
  calendarName?: string;
  colorName?: string;
}
export interface ChipTextHints {
  lang?: string;
  visibleTitle?: string;
  visibleTime?: string;
}

/** Never throws; returns null when the timing can't be read (never invent an event). */
export function parseChipText(hidden: string, hints?: ChipTextHints): ChipText | null {
  try {
    return parse(hidden, hints);
  } catch {
    return null;
  }
}

const CALENDAR_QUOTES: readonly [string, string] = ['„', '“'];

function parse(hidden: string, hints: ChipTextHints | undefined): ChipText | null {
  if (typeof hidden !== 'string' || hidden.length === 0) return null;
  const loc = localeForLang(hints?.lang);
  const spec = loc.spec;
  // Times are read from ASCII digits; titles and names keep the page's own.
  // Both strings have the same offsets.
  const digits = asciiDigits(hidden);
  const visible = typeof hints?.visibleTitle === 'string' ? hints.visibleTitle.trim() : '';

  const taskLen = startsWithAny(hidden, 0, spec.task);
  if (taskLen > 0) return { kind: 'task', title: taskTitle(loc, hidden, taskLen, visible) };
  const placeLen = startsWithAny(hidden, 0, spec.workingLocation);
  if (placeLen > 0) {
    const title =
      visible && hidden.startsWith(visible, placeLen)
        ? visible
        : fieldAt(hidden, spec.sep, placeLen);
    return { kind: 'working-location', title };
  }

  let kind: ChipTextKind = 'timed';
  let whenEnd = -1;
  const firstSep = nextSep(hidden, spec.sep, 0);
  if (firstSep > 0 && spec.allDay?.some((w) => firstSep === w.length && hidden.startsWith(w))) {
    kind = 'allday';
    whenEnd = firstSep;
  }

  // Where the title's text is, and the separator after its field.
  let titleAt = -1;
  let titleStop = -1;
  let fieldEnd = -1;
  let haveTimes = kind !== 'timed';
  if (visible) {
    let unread = -1;
    for (
      let i = hidden.indexOf(visible, whenEnd + 1);
      i !== -1;
      i = hidden.indexOf(visible, i + 1)
    ) {
      if (!fieldStartsAt(hidden, spec, i)) continue;
      const end = fieldEndsAt(hidden, spec, i + visible.length);
      if (end === -1) continue;
      if (unread === -1) unread = i;
      // Times only from the text before the title: titles hold time-like words.
      if (haveTimes || readRange(loc, digits, 0, i, false)) {
        titleAt = i;
        fieldEnd = end;
        haveTimes = true;
        break;
      }
    }
    if (titleAt === -1 && unread !== -1 && visibleTimes(loc, hints?.visibleTime)) {
      titleAt = unread;
      fieldEnd = fieldEndsAt(hidden, spec, unread + visible.length);
      haveTimes = true;
    }
    if (titleAt !== -1) titleStop = titleAt + visible.length;
  }
  if (titleAt === -1 && !haveTimes) {
    whenEnd = whenFromFields(loc, digits);
    if (whenEnd === -1) {
      // The hidden text's times are unreadable; the visible label's may not be,
      // but then where the title ends is unknown: only the visible one is sure.
      if (!visible || !visibleTimes(loc, hints?.visibleTime)) return null;
      return withTimes({ kind, title: visible });
    }
  }
  if (titleAt === -1) {
    if (whenEnd >= hidden.length) {
      titleAt = titleStop = fieldEnd = hidden.length;
    } else {
      nextSep(hidden, spec.sep, whenEnd);
      titleAt = whenEnd + sepLength;
      titleStop = fieldEnd = titleByAnchors(loc, hidden, titleAt);
    }
  }

  let title = unquote(hidden.slice(titleAt, titleStop).trim(), spec.titleQuotes);
  if (spec.noTitle?.includes(title) || (visible && visible === `(${title})`)) title = '';
  const out: ChipText = { kind, title };
  if (kind === 'timed') {
    withTimes(out);
    // The when-part ends before the title's field.
    readDates(loc, digits, whenEnd !== -1 ? whenEnd : titleAt, out);
  }
  readTrailing(loc, hidden, fieldEnd, out);
  return out;
}

/** Index of the first 4-digit number (a year) in `text[0, to)`, or -1. */
function yearBefore(text: string, to: number): number {
  let run = 0;
  for (let i = 0; i <= to; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 48 && c <= 57) run++;
    else if (run === 4) return i - 4;
    else run = 0;
  }
  return -1;
}

/** Dates of the `<date> at <time> to <date> at <time>` form, the only one that has them. */
function readDates(loc: CompiledLocale, text: string, whenEnd: number, out: ChipText): void {
  const year = yearBefore(text, whenEnd);
  if (year === -1) return;
  const { startAt, startEnd, endAt, endEnd } = found;
  // Dates come before their times (`June 9, 2024 at 22:15`) or after (`22:15 9 июня 2024`).
  const before = year < startAt;
  const startDate = before
    ? readDate(loc.code, text, 0, startAt)
    : readDate(loc.code, text, startEnd, endAt);
  const endDate = before
    ? readDate(loc.code, text, startEnd, endAt)
    : readDate(loc.code, text, endEnd, whenEnd);
  if (startDate && endDate) {
    out.startDate = startDate;
    out.endDate = endDate;
  }
}

function withTimes(out: ChipText): ChipText {
  out.start = { h: found.sh, m: found.sm };
  out.end = { h: found.eh, m: found.em };
  return out;
}

/**
 * A time range on its own (a chip's visible label `9 – 10:30am`, a task's
 * time field), or null. Never throws.
 */
export function parseTimeRange(
  label: string,
  lang?: string,
): { start: ClockTime; end: ClockTime } | null {
  try {
    if (!visibleTimes(localeForLang(lang), label)) return null;
    return { start: { h: found.sh, m: found.sm }, end: { h: found.eh, m: found.em } };
  } catch {
    return null;
  }
}

function visibleTimes(loc: CompiledLocale, visibleTime: string | undefined): boolean {
  if (typeof visibleTime !== 'string' || visibleTime.length === 0) return false;
  const t = asciiDigits(visibleTime);
  return readRange(loc, t, 0, t.length, false, true);
}

function taskTitle(loc: CompiledLocale, text: string, from: number, visible: string): string {
  if (visible && text.startsWith(visible, from)) return visible;
  const seps = loc.spec.sep;
  for (let i = nextSep(text, seps, from); i !== -1; i = nextSep(text, seps, i + sepLength)) {
    const state = fieldAt(text, seps, i + sepLength);
    if (loc.spec.taskState?.includes(state)) return text.slice(from, i).trim();
  }
  return fieldAt(text, seps, from);
}

/** Calendar, RSVP and colour: the fields after the title's field, which ends at `fieldEnd`. */
function readTrailing(loc: CompiledLocale, text: string, fieldEnd: number, out: ChipText): void {
  const spec = loc.spec;
  const seps = spec.sep;
  if (nextSep(text, seps, fieldEnd) !== fieldEnd) return;
  const ownerAt = fieldEnd + sepLength;
  const calLen = startsWithAny(text, ownerAt, spec.calendar);
  if (calLen > 0)
    out.calendarName = unquote(fieldAt(text, seps, ownerAt + calLen), CALENDAR_QUOTES);
  if (loc.rsvp.length > 0) {
    const rsvpSep = nextSep(text, seps, ownerAt);
    const rsvp = rsvpSep === -1 ? undefined : rsvpAt(loc.rsvp, spec, text, rsvpSep + sepLength);
    if (rsvp) out.rsvp = rsvp;
  }
  for (const label of spec.color) {
    const i = text.lastIndexOf(label);
    // Urdu runs the colour into the location field: `کوئی مقام نہیں رنگ: گریفائٹ`.
    if (i > fieldEnd && (fieldStartsAt(text, spec, i) || text.charCodeAt(i - 1) === 32)) {
      const name = fieldAt(text, seps, i + label.length);
      if (name) out.colorName = name;
      break;
    }
  }
}
