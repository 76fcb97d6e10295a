import type { CalEvent, DayKey } from '@/utils/shared/types';
import type { WorkingHours } from './count-week';
import { isBusy, type Slot } from './free-slot';
import { subtract, union, type Interval } from './intervals';
import { parseDayKey } from './week-range';

export interface GapSlotQuery {
  /** Innovation minutes to find room for (the gap). */
  minutes: number;
  /** Days to search: only days Polarity has seen, so a slot never lands on unknown time. */
  days: readonly DayKey[];
  events: readonly Pick<CalEvent, 'start' | 'end' | 'kind' | 'declined'>[];
  hours: WorkingHours;
  /** Nothing starts before this (now). */
  notBefore: number;
  /** Slots start and end on these marks after midnight. Default 15. */
  stepMin?: number;
  /** Shorter free time is not worth a block. Default 30. */
  minMin?: number;
  /** One block is at most this long; a longer gap takes several. Default 180. */
  maxMin?: number;
  /** At most this many slots. Default 5. */
  limit?: number;
}

const at = (date: Date, min: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, min).getTime();

/** Every free stretch inside working hours on `days`, on step marks, from `notBefore` on. */
export function freeStretches(q: GapSlotQuery): Slot[] {
  const step = (q.stepMin ?? 15) * 60_000;
  const busy = union(q.events.filter(isBusy).map((e): Interval => [e.start, e.end]));
  const out: Slot[] = [];
  for (const day of q.days) {
    const date = parseDayKey(day);
    if (!q.hours.days.includes(date.getDay()) || q.hours.end <= q.hours.start) continue;
    const midnight = date.getTime();
    // Built from the calendar date, so a daylight-saving day keeps its wall-clock hours.
    for (const [s, e] of subtract([[at(date, q.hours.start), at(date, q.hours.end)]], busy)) {
      const start = midnight + Math.ceil((Math.max(s, q.notBefore) - midnight) / step) * step;
      const end = midnight + Math.floor((e - midnight) / step) * step;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

/**
 * Free slots that would close the gap: the longest free stretches first
 * (earlier first among equals), each cut to what is still missing (at most
 * `maxMin`, the rest of the stretch going back among the others), until the
 * gap is covered or `limit` slots are found. Never
 * outside `hours`; the caller passes other hours only when the user asks.
 */
export function slotsForGap(q: GapSlotQuery): Slot[] {
  const step = (q.stepMin ?? 15) * 60_000;
  const min = (q.minMin ?? 30) * 60_000;
  const max = (q.maxMin ?? 180) * 60_000;
  const limit = q.limit ?? 5;
  let missing = Math.ceil((q.minutes * 60_000) / step) * step;
  if (missing <= 0) return [];
  const longestFirst = (a: Slot, b: Slot) =>
    b.end - b.start - (a.end - a.start) || a.start - b.start;
  const pool = freeStretches(q).filter((s) => s.end - s.start >= min);
  const out: Slot[] = [];
  while (missing > 0 && out.length < limit && pool.length > 0) {
    pool.sort(longestFirst);
    const s = pool.shift()!;
    const length = Math.min(s.end - s.start, max, Math.max(missing, min));
    out.push({ start: s.start, end: s.start + length });
    missing -= length;
    // What is left of a long free day goes back among the others.
    if (s.end - (s.start + length) >= min) pool.push({ start: s.start + length, end: s.end });
  }
  return out;
}
