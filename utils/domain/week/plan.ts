import { countWeek, splitPercent, type CountableEvent, type WorkingHours } from './count-week';
import type { WeekRange } from './week-range';

/** A week counted as booked (product.md "Planned split"), told apart before and after now. */
export interface WeekPlanCount {
  /** The whole week, the events still ahead counted as booked. */
  executionMin: number;
  innovationMin: number;
  plannedPercent?: number;
  /** Before `now`: what already happened. */
  soFar: { executionMin: number; innovationMin: number };
  /** From `now` on: what is still ahead. */
  ahead: { executionMin: number; innovationMin: number };
  /** Innovation minutes still to book to reach the target; 0 when reached, absent when out of reach. */
  gapMin?: number;
}

/**
 * Innovation minutes to add so that innovation ÷ (innovation + execution)
 * reaches `targetPercent`, booked in free time (so nothing else shrinks):
 * the least x with (I + x) / (E + I + x) ≥ t, that is x ≥ (t·E − (1 − t)·I) / (1 − t).
 * Judged like the badge, on the whole percent, so "on target" here is on
 * target there. Undefined when no amount can reach it (a 100 % target).
 */
export function innovationGap(
  count: { executionMin: number; innovationMin: number },
  targetPercent: number,
): number | undefined {
  const { executionMin: e, innovationMin: i } = count;
  const percent = splitPercent(count);
  if (percent !== undefined && percent >= targetPercent) return 0;
  // Without execution any innovation is on target, and none is asked for.
  if (targetPercent <= 0 || e <= 0) return 0;
  if (targetPercent >= 100) return e > 0 ? undefined : 0;
  // Rounded percent: reaching target − 0.5 % already rounds up to it.
  const t = (targetPercent - 0.5) / 100;
  const exact = (t * e - (1 - t) * i) / (1 - t);
  let x = Math.max(0, Math.ceil(exact - 1e-9));
  // Whole minutes: step up past any rounding at the edge.
  while ((splitPercent({ executionMin: e, innovationMin: i + x }) ?? 0) < targetPercent) x++;
  return x;
}

const before = (events: readonly CountableEvent[], t: number) =>
  events.filter((e) => e.start < t).map((e) => ({ ...e, end: Math.min(e.end, t) }));
const after = (events: readonly CountableEvent[], t: number) =>
  events.filter((e) => e.end > t).map((e) => ({ ...e, start: Math.max(e.start, t) }));

/** The week's planned split, what is done and what is ahead, and the gap to the target. */
export function planWeek(
  events: readonly CountableEvent[],
  week: WeekRange,
  now: number,
  targetPercent: number,
  hours?: WorkingHours,
): WeekPlanCount {
  const all = countWeek(events, week, hours);
  const done = countWeek(before(events, now), week, hours);
  const rest = countWeek(after(events, now), week, hours);
  const percent = splitPercent(all);
  const gap = innovationGap(all, targetPercent);
  return {
    executionMin: all.executionMin,
    innovationMin: all.innovationMin,
    ...(percent !== undefined && { plannedPercent: percent }),
    soFar: { executionMin: done.executionMin, innovationMin: done.innovationMin },
    ahead: { executionMin: rest.executionMin, innovationMin: rest.innovationMin },
    ...(gap !== undefined && { gapMin: gap }),
  };
}

/** A gap as people book it: up to the next quarter hour ("book 2 h 45 min more"). */
export const bookableMinutes = (gapMin: number): number => Math.ceil(gapMin / 15) * 15;
