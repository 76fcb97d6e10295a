import type { CalEvent, DayKey } from '@/utils/shared/types';
import type { WorkingHours } from './count-week';
import { subtract, union, type Interval } from './intervals';
import { parseDayKey } from './week-range';

export interface Slot {
  start: number;
  end: number;
}

export interface SlotQuery {
  /** Length of the slot wanted. */
  minutes: number;
  /** Days to search, in order (this week's, then next week's). */
  days: readonly DayKey[];
  /** Events already in those days; see `isBusy`. */
  events: readonly Pick<CalEvent, 'start' | 'end' | 'kind' | 'declined'>[];
  hours: WorkingHours;
  /** Nothing starts before this (now). */
  notBefore: number;
  /** Slots start on these marks after midnight, as people book them. */
  stepMin?: number;
}

/**
 * Whatever the category, an accepted timed event or an absence fills the time;
 * all-day markers (holidays, working location, birthdays) and tasks do not.
 */
export const isBusy = (e: Pick<CalEvent, 'kind' | 'declined'>): boolean =>
  !e.declined && (e.kind === 'timed' || e.kind === 'out-of-office');

/** The first free stretch of `minutes` inside working hours, or undefined when none. */
export function findFreeSlot(q: SlotQuery): Slot | undefined {
  const step = (q.stepMin ?? 15) * 60_000;
  const length = q.minutes * 60_000;
  if (length <= 0) return undefined;
  const busy = union(q.events.filter(isBusy).map((e): Interval => [e.start, e.end]));
  for (const day of q.days) {
    const date = parseDayKey(day);
    if (!q.hours.days.includes(date.getDay())) continue;
    const midnight = date.getTime();
    // Built from the calendar date, so a daylight-saving day keeps its wall-clock hours.
    const at = (min: number) =>
      new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, min).getTime();
    for (const [s, e] of subtract([[at(q.hours.start), at(q.hours.end)]], busy)) {
      const from = Math.max(s, q.notBefore);
      const start = midnight + Math.ceil((from - midnight) / step) * step;
      if (start + length <= e) return { start, end: start + length };
    }
  }
  return undefined;
}
