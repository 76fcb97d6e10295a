import type { Rsvp } from '@/utils/shared/types';

/**
 * What one Google Calendar UI language writes in a chip's hidden text.
 * Every string here was read from real page text (the calendar-plus corpus or
 * the captures quoted in docs/google-calendar-dom.md); a language without a
 * real sample for some field leaves it out rather than guessing.
 */
export interface LocaleSpec {
  /** Field separators, as written between fields (`', '`, `'、'`, `'، '`). */
  sep: readonly string[];
  /** Morning / afternoon markers of the 12-hour clock, as written. */
  am: readonly string[];
  pm: readonly string[];
  /** The marker is written before the number (`午前10時`, `오후 1시`). */
  markerFirst?: boolean;
  /** Words glued to the hour (`時`, `点`, `시`): skipped, never required. */
  hourWord?: readonly string[];
  /** `.` separates hours and minutes (`22.15`) as well as `:`. */
  dotTime?: boolean;
  /**
   * What stands between the two times of a range (`to`, `bis`, `–`).
   * Only needed to accept a start hour written without minutes or marker
   * (`1 to 2pm`), the one case where a bare number is a time.
   */
  range: readonly string[];
  /** Field prefixes: `Calendar: `, `Location: `, `Color: `. */
  calendar: readonly string[];
  location: readonly string[];
  noLocation: readonly string[];
  color: readonly string[];
  /** Whole-field RSVP words. */
  rsvp?: Partial<Record<Rsvp, readonly string[]>>;
  /** Whole first field of an all-day chip. */
  allDay?: readonly string[];
  /** Prefix of the first field of a task or a working location. */
  task?: readonly string[];
  workingLocation?: readonly string[];
  /** Whole-field task states (`Not completed`), which end a task's title. */
  taskState?: readonly string[];
  /** Hidden title of an untitled event. */
  noTitle?: readonly string[];
  /**
   * For text in an unknown language: only times that cannot be another
   * language's 12-hour clock are read (ASCII when-part, no unknown word right
   * after an unmarked time, as in `7:30 nm.`).
   */
  strict?: boolean;
  /** Quotes around the title (`「…」` in Japanese). */
  titleQuotes?: readonly [string, string];
}

export interface ClockTime {
  h: number;
  m: number;
}
export interface YMD {
  y: number;
  m: number;
  d: number;
}
