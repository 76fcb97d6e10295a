import type { CalEvent, DayKey, EventKind } from '@/utils/shared/types';
import type { ChipText } from './chip-text';
import type { DecodedEventId } from './event-id';
import { addDays, dayKeyOf, type DayClock } from './date-key';

/** What a chip shows, as events carry it. */
export interface ChipParts {
  eid: string;
  /** The visually hidden accessible text; empty when the chip has none. */
  hidden: string;
  /** The visible title, when it can be told apart. */
  visibleTitle?: string;
  /** The visible time label, when there is one. */
  visibleTime?: string;
  /** CSS colour: the event's own swatch, else the chip's fill, else its border. */
  color?: string;
  /** A `ttb_` item read as a timed event (focus time, a time-blocked task). */
  timeBlock?: true;
}

/** One chip, read and parsed: everything needed to turn it into events. */
export interface ReadChip {
  parts: ChipParts;
  /** Decoded id; for an id that does not decode, the raw id stands in. */
  id: DecodedEventId;
  /** Null when the hidden text's timing could not be read. */
  text: ChipText | null;
}

export function fallbackId(eid: string): DecodedEventId {
  return { id: eid, calendarId: '', seriesId: eid, kind: 'event' };
}

function eventOf(c: ReadChip, day: DayKey, kind: EventKind, start: number, end: number): CalEvent {
  const { parts, id, text } = c;
  const ev: CalEvent = {
    eid: parts.eid,
    id: id.id,
    seriesId: id.seriesId,
    calendarId: id.calendarId,
    title: parts.visibleTitle ?? text?.title ?? '',
    day,
    start,
    end,
    kind,
    declined: text?.rsvp === 'declined',
    hasGuests: text?.rsvp !== undefined,
  };
  if (text?.calendarName) ev.calendarName = text.calendarName;
  if (text?.rsvp) ev.rsvp = text.rsvp;
  if (parts.color) ev.color = parts.color;
  if (text?.colorName) ev.colorName = text.colorName;
  if (parts.timeBlock) ev.timeBlock = true;
  return ev;
}

/** The kind the id or the text names, before where the chip sits is considered. */
export function namedKind(c: ReadChip): EventKind | null {
  if (c.id.kind !== 'event') return c.id.kind;
  const k = c.text?.kind;
  return k === 'task' || k === 'working-location' || k === 'out-of-office' || k === 'allday'
    ? k
    : null;
}

/** An event that does not count by the minute: it spans its whole day. */
export function wholeDayEvent(c: ReadChip, day: DayKey, kind: EventKind, at: DayClock): CalEvent {
  return eventOf(c, day, kind, at(day), at(day, 0, 0, 1));
}

const minutesOf = (t: { h: number; m: number }) => t.h * 60 + t.m;

/**
 * The part of a timed chip's event that falls on its column's day. An end
 * before the start means the event crosses midnight; `tail` says this column
 * shows the end of an event that began the day before. Null without times.
 */
export function timedEvent(
  c: ReadChip,
  day: DayKey,
  kind: EventKind,
  tail: boolean,
  at: DayClock,
): CalEvent | null {
  const t = c.text;
  if (!t?.start || !t.end) return null;
  const dayStart = at(day);
  const dayEnd = at(day, 0, 0, 1);
  let start: number;
  let end: number;
  if (t.startDate && t.endDate) {
    const { startDate: a, endDate: b } = t;
    start = at(dayKeyOf(a.y, a.m, a.d), t.start.h, t.start.m);
    end = at(dayKeyOf(b.y, b.m, b.d), t.end.h, t.end.m);
  } else {
    const crosses = minutesOf(t.end) < minutesOf(t.start);
    const first = crosses && tail ? addDays(day, -1) : day;
    start = at(first, t.start.h, t.start.m);
    end = at(first, t.end.h, t.end.m, crosses ? 1 : 0);
  }
  // Each day's piece is clipped to that day: days are stored and replaced one by one.
  start = Math.max(start, dayStart);
  end = Math.min(end, dayEnd);
  if (!(end >= start) || start >= dayEnd) return null;
  return eventOf(c, day, kind, start, end);
}

/** True for a chip whose times cross midnight, so the column may hold either half. */
export function crossesMidnight(c: ReadChip): boolean {
  const t = c.text;
  return !!t?.start && !!t.end && !t.startDate && minutesOf(t.end) < minutesOf(t.start);
}

const DAY_MS = 86_400_000;

/**
 * True for a timed event of a day or more (a conference, a trip): Calendar
 * draws it in the all-day row, and it counts as all-day, in every view.
 */
export function spansWholeDays(c: ReadChip, at: DayClock): boolean {
  const t = c.text;
  if (!t?.start || !t.end || !t.startDate || !t.endDate) return false;
  const { startDate: a, endDate: b } = t;
  const start = at(dayKeyOf(a.y, a.m, a.d), t.start.h, t.start.m);
  return at(dayKeyOf(b.y, b.m, b.d), t.end.h, t.end.m) - start >= DAY_MS;
}

/** The days a dated (midnight-crossing) event touches, first to last. */
export function datedDays(c: ReadChip): [DayKey, DayKey] | null {
  const t = c.text;
  if (!t?.startDate || !t.endDate) return null;
  const { startDate: a, endDate: b } = t;
  return [dayKeyOf(a.y, a.m, a.d), dayKeyOf(b.y, b.m, b.d)];
}
