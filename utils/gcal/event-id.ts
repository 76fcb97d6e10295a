/** What a chip's `data-eventid` says about the event, before reading any text. */
export type EventIdKind = 'event' | 'task' | 'birthday' | 'holiday';

export interface DecodedEventId {
  /** Event id; a recurring instance keeps its `_YYYYMMDDTHHMMSSZ` suffix. */
  id: string;
  /** Full calendar id (`@m`/`@g`/`@v` expanded); empty when the page does not say. */
  calendarId: string;
  /** The id without a trailing recurrence suffix. */
  seriesId: string;
  kind: EventIdKind;
  /**
   * A `ttb_` id: an item placed on the calendar's grid (focus time, a
   * time-blocked task). Read as a timed event when its chip gives a start and
   * an end; a task otherwise.
   */
  timeBlock?: true;
}

// Calendar shortens the calendar id's domain inside the encoded id.
const DOMAINS = new Map([
  ['m', 'gmail.com'],
  ['g', 'group.calendar.google.com'],
  ['v', 'group.v.calendar.google.com'],
]);

// Anchored at the end: holiday ids *begin* with a date.
const RECURRENCE_SUFFIX = /_\d{8}(?:T\d{6}Z)?$/;

const BIRTHDAYS = 'addressbook#contacts@group.v.calendar.google.com';
const HOLIDAYS = /#holiday@group\.v\.calendar\.google\.com$/;

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
const ASCII = /^[\x00-\x7f]*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function base64ToText(raw: string): string | null {
  if (!BASE64.test(raw)) return null;
  const std = raw.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (std.length % 4 === 1) return null;
  try {
    const binary = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
    // Nearly every id is ASCII, which needs no UTF-8 decoding at all.
    if (ASCII.test(binary)) return binary;
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

function expandCalendarId(short: string): string {
  const at = short.lastIndexOf('@');
  if (at < 0) return short;
  const full = DOMAINS.get(short.slice(at + 1));
  return full ? `${short.slice(0, at + 1)}${full}` : short;
}

export function seriesIdOf(id: string): string {
  return id.replace(RECURRENCE_SUFFIX, '');
}

function kindOf(id: string, calendarId: string): EventIdKind {
  if (id.startsWith('tasks_') || id.startsWith('tasks.')) return 'task';
  if (calendarId === BIRTHDAYS) return 'birthday';
  if (HOLIDAYS.test(calendarId)) return 'holiday';
  return 'event';
}

function decodePair(encoded: string): { id: string; calendarId: string } | null {
  const text = base64ToText(encoded);
  if (text === null) return null;
  const space = text.lastIndexOf(' ');
  // An id is printable text; anything else means this was not an encoded pair.
  if (space <= 0 || space === text.length - 1 || /\p{Cc}/u.test(text)) return null;
  return { id: text.slice(0, space), calendarId: expandCalendarId(text.slice(space + 1)) };
}

/**
 * Decodes a chip's `data-eventid`. Google Tasks ids (`tasks_…`, `tasks.…`,
 * `ttb_…`, `tasks_rollover_view`) come back as kind `task`. Null when the
 * value is not an id Calendar would write. Never throws.
 */
export function decodeEventId(eid: string): DecodedEventId | null {
  if (typeof eid !== 'string' || eid === '') return null;
  if (eid.startsWith('tasks_') || eid.startsWith('tasks.')) {
    return { id: eid, calendarId: '', seriesId: eid, kind: 'task' };
  }
  if (eid.startsWith('ttb_')) {
    const pair = decodePair(eid.slice(4));
    const id = pair?.id ?? eid;
    return { id, calendarId: pair?.calendarId ?? '', seriesId: id, kind: 'task', timeBlock: true };
  }
  const pair = decodePair(eid);
  if (!pair) return null;
  return { ...pair, seriesId: seriesIdOf(pair.id), kind: kindOf(pair.id, pair.calendarId) };
}
