import type { DayKey } from '@/utils/shared/types';

// Dates and times as the reader's browser writes them: the language comes in
// from the caller (the browser's UI language), never read here, so a test or
// a page in another language asks for exactly what it shows.

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, options);
    cache.set(key, f);
  }
  return f;
}

/** Whether the language writes the clock in 12 hours ("11 AM") rather than 24 ("11:00"). */
export function uses12Hours(lang: string): boolean {
  const cycle = fmt(lang, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h12' || cycle === 'h11';
}

const onTheHour = (...at: number[]) => at.every((t) => new Date(t).getMinutes() === 0);

/**
 * Minutes are left out only where a 12-hour clock reads naturally without
 * them, as Calendar writes "11am – 12pm"; a 24-hour clock always has them.
 */
function clock(lang: string, ...at: number[]): Intl.DateTimeFormatOptions {
  return uses12Hours(lang) && onTheHour(...at)
    ? { hour: 'numeric' }
    : { hour: 'numeric', minute: '2-digit' };
}

/** `11 AM – 12 PM` (en-US), `11:00–12:00` (en-GB), `11:00–12:00 Uhr` (de). */
export const timeRange = (start: number, end: number, lang: string): string =>
  fmt(lang, clock(lang, start, end)).formatRange(start, end);

/** `Tue, Nov 24, 10:30 AM – 12:00 PM`, `Tue 24 Nov, 10:30–12:00`: an event's day and times. */
export const slot = (start: number, end: number, lang: string): string =>
  fmt(lang, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...clock(lang, start, end),
  }).formatRange(start, end);

/** `2:05 PM`, `14:05`. */
export const timeOf = (at: number, lang: string): string =>
  fmt(lang, { hour: 'numeric', minute: '2-digit' }).format(at);

/** `Dec 3, 2026`, `3 Dec 2026`, `03.12.2026`. */
export const dateOf = (at: number, lang: string): string =>
  fmt(lang, { dateStyle: 'medium' }).format(at);

/** `Dec 3, 2026, 2:05 PM`. */
export const dateTimeOf = (at: number, lang: string): string =>
  fmt(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** A day key (`2026-11-24`) at local midnight. */
const dayAt = (day: DayKey): number => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
};

/** `Tue`, `Di.`, `火`. */
export const weekdayOf = (day: DayKey, lang: string): string =>
  fmt(lang, { weekday: 'short' }).format(dayAt(day));

/** `Tue, Nov 24`, `Tue 24 Nov`. */
export const dayDateOf = (day: DayKey, lang: string): string =>
  fmt(lang, { weekday: 'short', month: 'short', day: 'numeric' }).format(dayAt(day));

/** `Nov 23 – 29, 2026`, `30 Nov – 6 Dec 2026`: a week's first to last day. */
export function weekSpan(days: readonly DayKey[], lang: string): string {
  const first = dayAt(days[0]!);
  const last = dayAt(days[days.length - 1]!);
  return fmt(lang, { month: 'short', day: 'numeric', year: 'numeric' }).formatRange(first, last);
}
