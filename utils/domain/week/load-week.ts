import type { ClassifyContext } from '@/utils/domain/classify/classify';
import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { daysInRange } from '@/utils/domain/db/days';
import type { Db } from '@/utils/domain/db/schema';
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
  const events = classifyDays(records, ctx);
  return {
    account: q.account,
    range,
    events,
    count: countWeek(events, range, q.workingHours),
    daysSeen: records.filter((r) => r.full).map((r) => r.day),
  };
}
