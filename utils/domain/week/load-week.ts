import type { ClassifyContext } from '@/utils/domain/classify/classify';
import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { daysInRange } from '@/utils/domain/db/days';
import type { DayRecord, Db } from '@/utils/domain/db/schema';
import type { DayKey } from '@/utils/shared/types';
import { classifyDays, type ClassifiedEvent } from './classify-days';
import { countWeek, type WeekCount, type WorkingHours } from './count-week';
import { weekRange, type WeekRange, type WeekStartsOn } from './week-range';

export type { ClassifiedEvent } from './classify-days';

export interface WeekData {
  account: number;
  range: WeekRange;
  /** One entry per event id (an overnight event read from two days is one event). */
  events: ClassifiedEvent[];
  count: WeekCount;
  /** Days of the week shown in full at least once. */
  daysSeen: DayKey[];
}

export interface WeekQuery {
  account: number;
  at: number;
  weekStartsOn: WeekStartsOn;
  offset?: number;
  workingHours?: WorkingHours;
  /** Defaults to the stored tags, rules and keywords, so every reader counts alike. */
  classifyContext?: ClassifyContext;
}

export async function loadWeek(db: Db, q: WeekQuery): Promise<WeekData> {
  const range = weekRange(q.at, q.weekStartsOn, q.offset ?? 0);
  const records = await daysInRange(db, q.account, range.days[0]!, range.days[6]!);
  const ctx = q.classifyContext ?? (await loadClassifyContext(db, q.account));
  return weekOf(records, range, { ...q, classifyContext: ctx });
}

/**
 * One week counted from stored days: those of `records` inside `range` (any
 * others are left out, so one read of several weeks serves each of them).
 */
export function weekOf(
  records: readonly DayRecord[],
  range: WeekRange,
  q: Pick<WeekQuery, 'account' | 'workingHours'> & { classifyContext: ClassifyContext },
): WeekData {
  const first = range.days[0]!;
  const last = range.days[6]!;
  const inWeek = records.filter((r) => r.day >= first && r.day <= last);
  const events = classifyDays(inWeek, q.classifyContext);
  return {
    account: q.account,
    range,
    events,
    count: countWeek(events, range, q.workingHours),
    daysSeen: inWeek.filter((r) => r.full).map((r) => r.day),
  };
}
