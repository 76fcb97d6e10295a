import { addDays } from 'date-fns';
import type { CalEvent, Category, DayKey } from '@/utils/shared/types';
import { clip, intersect, subtract, totalMinutes, union, type Interval } from './intervals';
import { parseDayKey, type WeekRange } from './week-range';

export interface WorkingHours {
  /** Days of the week that are working days, 0 = Sunday. */
  days: readonly number[];
  /** Minutes after midnight. */
  start: number;
  end: number;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  days: [1, 2, 3, 4, 5],
  start: 9 * 60,
  end: 18 * 60,
};

export type CountableEvent = Pick<CalEvent, 'start' | 'end' | 'declined'> & {
  category: Category;
};

export interface DayCount {
  day: DayKey;
  executionMin: number;
  innovationMin: number;
}

export interface WeekCount {
  executionMin: number;
  innovationMin: number;
  /** Innovation minutes outside working hours (they count, and are also reported). */
  afterHoursInnovationMin: number;
  /** Innovation minutes lost to overlapping execution. */
  overlappedInnovationMin: number;
  days: DayCount[];
}

function workingIntervals(week: WeekRange, hours: WorkingHours): Interval[] {
  return week.days.flatMap((day) => {
    const date = parseDayKey(day);
    if (!hours.days.includes(date.getDay())) return [];
    const at = (min: number) =>
      new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, min).getTime();
    return [[at(hours.start), at(hours.end)] as Interval];
  });
}

/**
 * product.md "Counting a week": timed, counted, non-declined events, clipped
 * to the week and to each day; each minute once; execution takes the minutes
 * it shares with innovation.
 */
export function countWeek(
  events: readonly CountableEvent[],
  week: WeekRange,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): WeekCount {
  const counted = events.filter((e) => !e.declined && e.category !== 'excluded');
  const of = (c: Category) =>
    union(
      clip(
        counted.filter((e) => e.category === c).map((e): Interval => [e.start, e.end]),
        week.start,
        week.end,
      ),
    );
  const execution = of('execution');
  const innovationAll = of('innovation');
  const innovation = subtract(innovationAll, execution);
  const afterHours = subtract(innovation, workingIntervals(week, hours));

  const days = week.days.map((day): DayCount => {
    const from = parseDayKey(day).getTime();
    const to = addDays(parseDayKey(day), 1).getTime();
    const range: Interval[] = [[from, to]];
    return {
      day,
      executionMin: Math.round(totalMinutes(intersect(execution, range))),
      innovationMin: Math.round(totalMinutes(intersect(innovation, range))),
    };
  });

  return {
    executionMin: Math.round(totalMinutes(execution)),
    innovationMin: Math.round(totalMinutes(innovation)),
    afterHoursInnovationMin: Math.round(totalMinutes(afterHours)),
    overlappedInnovationMin: Math.round(totalMinutes(innovationAll) - totalMinutes(innovation)),
    days,
  };
}

/** Innovation share as a whole percent, or undefined when nothing counts. */
export function splitPercent(
  count: Pick<WeekCount, 'executionMin' | 'innovationMin'>,
): number | undefined {
  const total = count.executionMin + count.innovationMin;
  return total > 0 ? Math.round((count.innovationMin * 100) / total) : undefined;
}
