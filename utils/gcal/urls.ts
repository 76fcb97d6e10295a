import type { CalendarUrls } from '@/utils/calendar/source';
import type { DayKey } from '@/utils/shared/types';

export const ORIGIN = 'https://calendar.google.com';
/** Content-script matches and the tab query: covered by the host permission. */
export const PAGES = `${ORIGIN}/*`;

// Google Calendar's own pages, built only from checked parts: an account
// index, an encoded event id, a date, a URL-encoded title.
const base = (account: number) =>
  `${ORIGIN}/calendar/u/${Number.isInteger(account) && account >= 0 ? account : 0}/r`;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How Calendar's `dates` are written, and why (both forms are Calendar's own):
 *
 * - The page did not name an account zone other than the browser's (the usual
 *   case): event times were read as the wall clock the page shows, placed in
 *   the browser's zone. Written back as local `YYYYMMDDTHHMMSS` without `Z`,
 *   Calendar reads them in the account's zone: the same wall clock the page
 *   showed, even if the browser sits in another zone the page never named.
 * - The page named the account's zone (`timeZone`): event times are real
 *   instants, so they go back as instants, `YYYYMMDDTHHMMSSZ` in UTC.
 */
export function gcalDateTime(ms: number, utc = false): string {
  const d = new Date(ms);
  // By hand, local or UTC: date-fns `format` was a twentieth of a week report's time.
  if (!utc)
    return (
      `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}` +
      `T${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
    );
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** What the user chose for a block booked from Polarity. */
export interface NewEventOptions {
  /** Repeat every week on the same day and time (Calendar's own weekly rule). */
  weekly?: boolean;
}

// The one repetition Polarity offers, in the form Calendar's page reads (RFC 5545).
const WEEKLY = `&recur=${encodeURIComponent('RRULE:FREQ=WEEKLY')}`;

const isTimedSlot = (slot?: {
  start: number;
  end: number;
}): slot is { start: number; end: number } =>
  slot !== undefined &&
  Number.isFinite(slot.start) &&
  Number.isFinite(slot.end) &&
  slot.end > slot.start;

/**
 * Calendar's new-event page, prefilled; without a slot Calendar picks the
 * time. `timeZone`: the account zone the page named, when it did. Always a
 * timed event: `dates` carries times (`T…`), never the date-only form
 * Calendar reads as all-day, even for a slot from midnight to midnight.
 */
export function newEventUrl(
  account: number,
  title: string,
  slot?: { start: number; end: number },
  timeZone?: string,
  options: NewEventOptions = {},
): string {
  const text = `text=${encodeURIComponent(title.slice(0, 500))}`;
  const at = (ms: number) => gcalDateTime(ms, timeZone !== undefined);
  // Digits, `T`, `Z` and the `/` Calendar documents between the two times: nothing to encode.
  const timed = isTimedSlot(slot);
  const dates = timed ? `&dates=${at(slot.start)}/${at(slot.end)}` : '';
  // A repetition needs a time to repeat: without one Calendar would pick it.
  const recur = timed && options.weekly ? WEEKLY : '';
  return `${base(account)}/eventedit?${text}${dates}${recur}`;
}

// `data-eventid` is base64 (either alphabet), unpadded or padded.
const EID = /^[A-Za-z0-9+/_-]{1,1024}={0,2}$/;

/** The event's own page; undefined when the id is not one Calendar wrote. */
export function eventUrl(account: number, eid: string): string | undefined {
  return EID.test(eid) ? `${base(account)}/eventedit/${encodeURIComponent(eid)}` : undefined;
}

/** The week view on `day` (month and day not zero-padded, as Calendar writes them), or this week. */
export function weekUrl(account: number, day?: DayKey): string {
  if (day === undefined) return `${base(account)}/week`;
  const [y, m, d] = day.split('-').map(Number);
  return `${base(account)}/week/${y}/${m}/${d}`;
}

export const googleUrls: CalendarUrls = {
  week: weekUrl,
  event: eventUrl,
  newEvent: newEventUrl,
  isOwn: (url) => url.startsWith(`${ORIGIN}/`),
};
