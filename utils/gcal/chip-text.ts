import type { Rsvp } from '../types';
import { found, readRange } from './locales/clock';
import type { CompiledLocale } from './locales/compile';
import { asciiDigits } from './locales/digits';
import {
  countSeps,
  fieldAt,
  fieldEndsAt,
  fieldStartsAt,
  nextSep,
  sepLength,
  startsWithAny,
  unquote,
} from './locales/fields';
import { localeForLang } from './locales/index';
import { titleByAnchors } from './locales/title';

export interface ClockTime {
  h: number;
  m: number;
}
export interface YMD {
  y: number;
  m: number;
  d: number;
}
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

// Times of a date-less when-part sit in its first four fields at most
// (`Del 9 junio 2024, 22:15, al 10 junio 2024, 06:30`); further on, a time
// belongs to the title or the location.
const MAX_WHEN_SEPS = 3;
const CALENDAR_QUOTES: readonly [string, string] = ['„', '“'];

function parse(hidden: string, hints: ChipTextHints | undefined): ChipText | null {
  if (typeof hidden !== 'string' || hidden.length === 0) return null;
  const loc = localeForLang(hints?.lang);
  const spec = loc.spec;
  const text = asciiDigits(hidden);
  const visible = typeof hints?.visibleTitle === 'string' ? hints.visibleTitle.trim() : '';

  const taskLen = startsWithAny(text, 0, spec.task);
  if (taskLen > 0) return { kind: 'task', title: taskTitle(loc, text, taskLen, visible) };
  const placeLen = startsWithAny(text, 0, spec.workingLocation);
  if (placeLen > 0) {
    const title =
      visible && text.startsWith(visible, placeLen) ? visible : fieldAt(text, spec.sep, placeLen);
    return { kind: 'working-location', title };
  }

  let kind: ChipTextKind = 'timed';
  let whenEnd = -1;
  const firstSep = nextSep(text, spec.sep, 0);
  if (firstSep > 0 && spec.allDay) {
    for (const w of spec.allDay) {
      if (firstSep === w.length && text.startsWith(w)) {
        kind = 'allday';
        whenEnd = firstSep;
      }
    }
  }

  let titleAt = -1;
  let titleEnd = -1;
  let haveTimes = kind !== 'timed';
  if (visible) {
    let unread = -1;
    for (let i = text.indexOf(visible, whenEnd + 1); i !== -1; i = text.indexOf(visible, i + 1)) {
      if (!fieldStartsAt(text, spec, i)) continue;
      const end = fieldEndsAt(text, spec, i + visible.length);
      if (end === -1) continue;
      if (haveTimes || readRange(loc, text, 0, i, false)) {
        titleAt = i;
        titleEnd = end;
        haveTimes = true;
        break;
      }
      if (unread === -1) unread = i;
    }
    if (titleAt === -1 && unread !== -1 && visibleTimes(loc, hints?.visibleTime)) {
      titleAt = unread;
      titleEnd = fieldEndsAt(text, spec, unread + visible.length);
      haveTimes = true;
    }
  }
  if (titleAt === -1) {
    if (!haveTimes) {
      if (!whenFromFields(loc, text) && !visibleTimes(loc, hints?.visibleTime)) return null;
      whenEnd = nextSep(text, spec.sep, found.endEnd);
    }
    if (whenEnd === -1) {
      titleAt = titleEnd = text.length;
    } else {
      titleAt = whenEnd + sepLength;
      titleEnd = titleByAnchors(loc, text, titleAt);
    }
  }

  let title = unquote(text.slice(titleAt, titleEnd).trim(), spec.titleQuotes);
  if (spec.noTitle?.includes(title) || (visible && visible === `(${title})`)) title = '';
  const out: ChipText = { kind, title };
  if (kind === 'timed') {
    out.start = { h: found.sh, m: found.sm };
    out.end = { h: found.eh, m: found.em };
  }
  readTrailing(loc, text, titleEnd, out);
  return out;
}

/** Reads the when-part without knowing where the title starts. */
function whenFromFields(loc: CompiledLocale, text: string): boolean {
  const seps = loc.spec.sep;
  const first = nextSep(text, seps, 0);
  // A first field without any digit is a label we don't know (a localized
  // "All day"): the times found further on would be the title's.
  if (!/\d/.test(first === -1 ? text : text.slice(0, first))) return false;
  if (!readRange(loc, text, 0, text.length, true)) return false;
  return countSeps(text, seps, 0, found.endEnd) <= MAX_WHEN_SEPS;
}

function visibleTimes(loc: CompiledLocale, visibleTime: string | undefined): boolean {
  if (typeof visibleTime !== 'string' || visibleTime.length === 0) return false;
  const t = asciiDigits(visibleTime);
  return readRange(loc, t, 0, t.length, false);
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

/** Calendar, RSVP and colour: the fields after the title. */
function readTrailing(loc: CompiledLocale, text: string, titleEnd: number, out: ChipText): void {
  const spec = loc.spec;
  const seps = spec.sep;
  if (nextSep(text, seps, titleEnd) !== titleEnd) return;
  const ownerAt = titleEnd + sepLength;
  const owner = fieldAt(text, seps, ownerAt);
  const calLen = startsWithAny(owner, 0, spec.calendar);
  if (calLen > 0) out.calendarName = unquote(owner.slice(calLen).trim(), CALENDAR_QUOTES);
  const rsvpSep = nextSep(text, seps, ownerAt);
  if (rsvpSep !== -1 && loc.rsvp.size > 0) {
    const rsvp = loc.rsvp.get(fieldAt(text, seps, rsvpSep + sepLength).toLowerCase());
    if (rsvp) out.rsvp = rsvp;
  }
  for (const label of spec.color) {
    const i = text.lastIndexOf(label);
    if (i > titleEnd && fieldStartsAt(text, spec, i)) {
      const name = fieldAt(text, seps, i + label.length);
      if (name) out.colorName = name;
      break;
    }
  }
}
