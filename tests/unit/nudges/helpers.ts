import { DEFAULT_CONTEXT, type ClassifyContext } from '@/utils/domain/classify/classify';
import type { WeekDiff } from '@/utils/background/nudges/innovation-taken/detect-overrides';
import type { DayEvents } from '@/utils/domain/db/apply-snapshot';
import { classifyDays } from '@/utils/domain/week/classify-days';
import type { CalEvent, DayKey, Snapshot } from '@/utils/shared/types';
import { dayKey, weekRange } from '@/utils/domain/week/week-range';

import { at, calEvent } from '../sample-week';

export { at };
/** Day `d` of November 2026; past 30 it runs on into December. */
export const day = (d: number): DayKey => dayKey(new Date(2026, 10, d));
export const WEEK = weekRange(at(23, 0), 1);
export const NEXT_WEEK = weekRange(at(23, 0), 1, 1);
/** Tuesday 08:00: before working hours, so Tuesday's blocks are ahead. */
export const TUE_8 = at(24, 8);

export function ev(
  id: string,
  title: string,
  d: number,
  h1: number,
  h2: number,
  over: Partial<CalEvent> = {},
): CalEvent {
  return calEvent(id, title, d, h1, h2, {
    eid: btoa(`${id} me@m`).replace(/=+$/, ''),
    calendarId: 'me@gmail.com',
    day: day(d),
    ...over,
  });
}

/** Events grouped into the days they were read from; every day of the week present. */
export function daysOf(events: readonly CalEvent[], full = true): DayEvents[] {
  return WEEK.days.map((d) => ({ day: d, events: events.filter((e) => e.day === d), full }));
}

export interface DiffOptions {
  ctx?: ClassifyContext;
  beforeFull?: DayKey[];
  shownFull?: DayKey[];
}

export function diffOf(
  before: readonly CalEvent[],
  after: readonly CalEvent[],
  o: DiffOptions = {},
): WeekDiff {
  const ctx = o.ctx ?? DEFAULT_CONTEXT;
  return {
    account: 0,
    range: WEEK,
    before: classifyDays(daysOf(before), ctx),
    after: classifyDays(daysOf(after), ctx),
    beforeFull: new Set(o.beforeFull ?? WEEK.days),
    shownFull: new Set(o.shownFull ?? WEEK.days),
  };
}

export const snapshot = (events: CalEvent[], over: Partial<Snapshot> = {}): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: WEEK.days,
  partialDays: [],
  events,
  status: 'ok',
  weekStartsOn: 1,
  readAt: 0,
  ...over,
});
