import type { DayKey } from '@/utils/shared/types';
import { zonedTime } from './zoned-time';

// Calendar packs a date into one integer: ((year - 1970) << 9) | (month << 5) | day.

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `yyyy-MM-dd` from parts, month 1-12. No validation: callers pass real dates. */
export function dayKeyOf(y: number, m: number, d: number): DayKey {
  return `${y}-${pad(m)}-${pad(d)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `data-datekey` → `yyyy-MM-dd`, or null when the value is not a real date. */
export function decodeDateKey(raw: string | number | null | undefined): DayKey | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const key = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff) return null;
  const y = (key >> 9) + 1970;
  const m = (key >> 5) & 15;
  const d = key & 31;
  // Day keys are `yyyy-MM-dd`: a year past 9999 is no date the page would show.
  return y <= 9999 && isRealDate(y, m, d) ? dayKeyOf(y, m, d) : null;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of a `yyyy-MM-dd` key, or null when it is not a real date. */
export function parseDayKey(day: DayKey): { y: number; m: number; d: number } | null {
  const match = DAY_KEY.exec(day);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y >= 1970 && isRealDate(y, m, d) ? { y, m, d } : null;
}

/** `yyyy-MM-dd` → `data-datekey`, or null for a malformed day. */
export function encodeDateKey(day: DayKey): number | null {
  const p = parseDayKey(day);
  return p ? ((p.y - 1970) << 9) | (p.m << 5) | p.d : null;
}

/** The day `n` days after `day` (calendar days, so DST never shifts it). */
export function addDays(day: DayKey, n: number): DayKey {
  const p = parseDayKey(day);
  if (!p) return day;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return dayKeyOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Every day from `first` to `last`, both included; empty when reversed or malformed. */
export function daysBetween(first: DayKey, last: DayKey, max = 400): DayKey[] {
  if (!parseDayKey(first) || !parseDayKey(last) || first > last) return [];
  const days: DayKey[] = [];
  for (let day = first; day <= last && days.length < max; day = addDays(day, 1)) days.push(day);
  return days;
}

/** 0 Sunday ... 6 Saturday. */
export function weekdayOf(day: DayKey): number {
  const p = parseDayKey(day);
  return p ? new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() : -1;
}

function dateOf(day: DayKey, h: number, min: number, plusDays: number, zone?: string): number {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7);
  const d = +day.slice(8, 10);
  if (day.length !== 10) return NaN;
  return zone
    ? zonedTime(zone, y, m, d + plusDays, h, min)
    : new Date(y, m - 1, d + plusDays, h, min).getTime();
}

/** Local epoch ms of a wall-clock time on a day, in the browser's zone; NaN for a malformed day. */
export function localTime(day: DayKey, h = 0, min = 0, plusDays = 0): number {
  return dateOf(day, h, min, plusDays);
}

export type DayClock = typeof localTime;

const DAY_MS = 86_400_000;

/**
 * A `localTime` for one read of the page: it remembers each day's midnight
 * and the next, and when they are exactly 24 hours apart (no clock change
 * that day) a time of day is plain arithmetic instead of a new Date.
 * Per read, so a change of the system's time zone is picked up at once.
 * With `zone` (the account's, when the page names one) wall-clock times are
 * read in that zone instead of the browser's.
 */
export function dayClock(zone?: string): DayClock {
  const bounds = new Map<DayKey, [number, number]>();
  return (day, h = 0, min = 0, plusDays = 0) => {
    if (plusDays !== 0 && plusDays !== 1) return dateOf(day, h, min, plusDays, zone);
    let b = bounds.get(day);
    if (!b) bounds.set(day, (b = [dateOf(day, 0, 0, 0, zone), dateOf(day, 0, 0, 1, zone)]));
    if (h === 0 && min === 0) return b[plusDays];
    if (plusDays === 0 && b[1] - b[0] === DAY_MS) return b[0] + (h * 60 + min) * 60_000;
    return dateOf(day, h, min, plusDays, zone);
  };
}
