import { addDays, startOfDay, startOfWeek } from 'date-fns';
import type { DayKey } from '@/utils/shared/types';

export type WeekStartsOn = 0 | 1 | 6;
export const WEEK_STARTS: readonly WeekStartsOn[] = [0, 1, 6];

export interface WeekRange {
  /** Local midnight of the first day, epoch ms. */
  start: number;
  /** Local midnight after the last day (exclusive), epoch ms. */
  end: number;
  /** The seven days, each `yyyy-MM-dd`. */
  days: DayKey[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of `date`, `yyyy-MM-dd`. By hand: date-fns `format` was a tenth of a report's time. */
export function dayKey(date: Date | number): DayKey {
  const d = typeof date === 'number' ? new Date(date) : date;
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseDayKey(day: DayKey): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * The week containing `at`, in the browser's zone. Days come from calendar
 * arithmetic, not 24-hour steps, so a daylight-saving change keeps 7 days.
 */
export function weekRange(at: Date | number, weekStartsOn: WeekStartsOn, offset = 0): WeekRange {
  const first = addDays(startOfWeek(startOfDay(at), { weekStartsOn }), offset * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  return {
    start: first.getTime(),
    end: addDays(first, 7).getTime(),
    days: days.map(dayKey),
  };
}

/** The days of weeks `first` to `last` (offsets from the week of `at`), whichever day a week starts on. */
export function spanOfWeeks(at: number, first: number, last: number): { from: DayKey; to: DayKey } {
  const starts = WEEK_STARTS.map((ws) => weekRange(at, ws, first).days[0]!).sort();
  const ends = WEEK_STARTS.map((ws) => weekRange(at, ws, last).days[6]!).sort();
  return { from: starts[0]!, to: ends[ends.length - 1]! };
}

/** The week that starts at `start` (local midnight), on its own first day. */
export const weekStartingAt = (start: number): WeekRange =>
  weekRange(start, new Date(start).getDay() as WeekStartsOn);
