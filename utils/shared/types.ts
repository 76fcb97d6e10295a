import type { Msg } from './i18n/msg';

// Domain types shared by every context. Plain data only: everything here crosses
// the message wire and is stored in IndexedDB, so no classes, no Dates.

// The lists are the types' one source, and what checks of stored or sent data compare with.
export const CATEGORIES = ['execution', 'innovation', 'excluded'] as const;
export type Category = (typeof CATEGORIES)[number];

export const EVENT_KINDS = [
  'timed',
  'allday',
  'task',
  'working-location',
  'out-of-office',
  'holiday',
  'birthday',
] as const;
/** What a chip is, as far as the page tells. Only `timed` events can count. */
export type EventKind = (typeof EVENT_KINDS)[number];

export type Rsvp = 'accepted' | 'declined' | 'tentative' | 'needs-rsvp';

/** Local calendar day as `yyyy-MM-dd`. */
export type DayKey = string;

/** One event as read from one day of the page. */
export interface CalEvent {
  /** Raw `data-eventid` (the `eid` in Calendar URLs, and the chip marker key). */
  eid: string;
  /** Decoded event id; a recurring instance keeps its `_YYYYMMDDTHHMMSSZ` suffix. */
  id: string;
  /** Event id without the recurrence suffix: the series tag key. */
  seriesId: string;
  calendarId: string;
  calendarName?: string;
  title: string;
  /** Day column (or cell/row) the chip was read from. */
  day: DayKey;
  /** Epoch ms, in the browser's zone. For non-timed kinds: the day's bounds. */
  start: number;
  end: number;
  kind: EventKind;
  declined: boolean;
  rsvp?: Rsvp;
  /** CSS colour of the chip, when the page shows one. */
  color?: string;
  /** User-visible colour name from the hidden text ("Graphite", "Team Meetings"). */
  colorName?: string;
  /** True when the page shows an RSVP field, i.e. the event has guests. */
  hasGuests: boolean;
  /**
   * Set on a time block (focus time, a time-blocked task: a `ttb_` chip with a
   * start and an end): a timed event like any other, which rules can single out.
   * Absent on events stored before it existed, which were all something else.
   */
  timeBlock?: true;
}

export type ViewKind =
  'day' | 'week' | 'customday' | 'customweek' | 'month' | 'agenda' | 'year' | 'other';

/** What one read of the page produced. */
export interface Snapshot {
  /** Signed-in account index: `/u/<n>`. */
  account: number;
  view: ViewKind;
  /** Days whose events are all in `events`: their stored events are replaced. */
  fullDays: DayKey[];
  /** Days partly shown (month "N more"): events added or updated, never deleted. */
  partialDays: DayKey[];
  events: CalEvent[];
  status: 'ok' | 'unreadable' | 'not-a-view';
  /** Why the page could not be read, in English words. */
  reason?: string;
  /** The same as a sentence, rendered in the reader's language (badge, popup). */
  because?: Msg;
  /** Week start Google Calendar shows (0 Sunday, 1 Monday, 6 Saturday), when known. */
  weekStartsOn?: 0 | 1 | 6;
  /** UI language of the page (`<html lang>`). */
  lang?: string;
  /** The account's time zone, when the page names one other than the browser's. */
  timeZone?: string;
  /** Chips found on the page, and those no event could be read from ("Show what Polarity read"). */
  chips?: { found: number; unread: number };
  readAt: number;
}
