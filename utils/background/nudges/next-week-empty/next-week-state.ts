import type { WeekData } from '@/utils/domain/week/load-week';
import { isBlock } from '@/utils/background/nudges/innovation-taken/detect-overrides';

export type NextWeekState =
  /** No day of next week was ever shown: Polarity cannot tell. */
  | { kind: 'unseen' }
  /** Days were seen and none holds innovation time. */
  | { kind: 'empty'; daysSeen: number }
  | { kind: 'booked'; innovationMin: number };

/** Whether next week already has innovation booked, in the days Polarity has seen. */
export function nextWeekState(
  week: Pick<WeekData, 'events' | 'daysSeen' | 'range'>,
): NextWeekState {
  const { start, end } = week.range;
  const blocks = week.events.filter((e) => isBlock(e) && e.start < end && e.end > start);
  if (blocks.length > 0) {
    const innovationMin = blocks.reduce(
      (sum, e) => sum + (Math.min(e.end, end) - Math.max(e.start, start)) / 60_000,
      0,
    );
    return { kind: 'booked', innovationMin: Math.round(innovationMin) };
  }
  if (week.daysSeen.length === 0) return { kind: 'unseen' };
  return { kind: 'empty', daysSeen: week.daysSeen.length };
}

/** Length of the block the late-week nudge offers to book. */
export const NEXT_WEEK_BLOCK_MIN = 120;
export const NEXT_WEEK_BLOCK_TITLE = 'Innovation time';

/** The late-week nudge's key: one per account and week it is about. */
export const nextWeekKey = (account: number, weekStart: number): string =>
  JSON.stringify(['next-week', account, weekStart]);

export function parseNextWeekKey(key: string): { account: number; weekStart: number } | undefined {
  try {
    const v: unknown = JSON.parse(key);
    if (Array.isArray(v) && v.length === 3 && v[0] === 'next-week') {
      const [, account, weekStart] = v as [string, unknown, unknown];
      if (Number.isInteger(account) && Number.isFinite(weekStart)) {
        return { account: account as number, weekStart: weekStart as number };
      }
    }
  } catch {
    // not a next-week key
  }
  return undefined;
}
