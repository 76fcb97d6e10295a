import { format } from 'date-fns';
import type { DayKey } from '../types';
import type { Slot } from './free-slot';

// Google Calendar's own pages, built only from checked parts: an account
// index, an encoded event id, a date, a URL-encoded title.
const base = (account: number) =>
  `https://calendar.google.com/calendar/u/${Number.isInteger(account) && account >= 0 ? account : 0}/r`;

/**
 * `YYYYMMDDTHHMMSS` without a zone. Event times were read from the page as
 * the wall clock Calendar shows (the account's zone) and stored as that wall
 * clock in the browser's zone; written back as local time without `Z`,
 * Calendar reads them in the account's zone again: the same wall clock the
 * page showed, even when the browser sits in another zone.
 */
export const gcalDateTime = (ms: number): string => format(ms, "yyyyMMdd'T'HHmmss");

/** Calendar's new-event page, prefilled; without a slot Calendar picks the time. */
export function newEventUrl(account: number, title: string, slot?: Slot): string {
  const text = `text=${encodeURIComponent(title.slice(0, 500))}`;
  // Digits, `T` and the `/` Calendar documents between the two times: nothing to encode.
  const dates = slot ? `&dates=${gcalDateTime(slot.start)}/${gcalDateTime(slot.end)}` : '';
  return `${base(account)}/eventedit?${text}${dates}`;
}

// `data-eventid` is base64 (either alphabet), unpadded or padded.
const EID = /^[A-Za-z0-9+/_-]{1,1024}={0,2}$/;

/** The event's own page; undefined when the id is not one Calendar wrote. */
export function eventUrl(account: number, eid: string): string | undefined {
  return EID.test(eid) ? `${base(account)}/eventedit/${encodeURIComponent(eid)}` : undefined;
}

/** The week view on `day` (month and day not zero-padded, as Calendar writes them). */
export function weekUrl(account: number, day: DayKey): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${base(account)}/week/${y}/${m}/${d}`;
}
