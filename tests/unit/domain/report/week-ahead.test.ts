import { expect, test } from 'vitest';
import { weekAhead, type WeekAheadInput } from '@/utils/domain/report/week-ahead';
import { classifyDays } from '@/utils/domain/week/classify-days';
import { countWeek, DEFAULT_WORKING_HOURS } from '@/utils/domain/week/count-week';
import type { WeekData } from '@/utils/domain/week/load-week';
import { splitPercent } from '@/utils/domain/week/count-week';
import { weekRange } from '@/utils/domain/week/week-range';
import { newEventUrl, weekUrl } from '@/utils/gcal/urls';
import type { CalEvent } from '@/utils/shared/types';
import { NEXT_WEEK, WEEK, at, ev } from '../../nudges/helpers';

function weekData(range: WeekData['range'], events: CalEvent[], seen = range.days): WeekData {
  const classified = classifyDays([{ events }]);
  return {
    account: 0,
    range,
    events: classified,
    count: countWeek(classified, range),
    daysSeen: [...seen],
  };
}

// This week: 8 h of execution a day Monday to Thursday, 1 h of think time on Tuesday; Friday free.
const THIS = weekData(WEEK, [
  ...[23, 24, 25, 26].map((d) => ev(`o${d}`, 'Ops review', d, 9, 17)),
  ev('t', 'Think time', 24, 17, 18),
]);
const NEXT = weekData(NEXT_WEEK, [], []);

const input = (over: Partial<WeekAheadInput> = {}): WeekAheadInput => ({
  weeks: [THIS, NEXT],
  finished: [],
  now: at(25, 12),
  targetPercent: 20,
  hours: DEFAULT_WORKING_HOURS,
  blockName: 'Deep work',
  newEventUrl: (slot, weekly) => newEventUrl(0, 'Deep work', slot, undefined, { weekly }),
  weekUrl: (day) => weekUrl(0, day),
  ...over,
});

test('a planned week below target: the gap, and slots in working hours that close it', () => {
  const [week] = weekAhead(input()).weeks;
  expect(week!.plannedPercent).toBe(3);
  // Monday, Tuesday and Wednesday morning are done; Wednesday afternoon and Thursday ahead.
  expect(week!.soFar).toEqual({ executionMin: 19 * 60, innovationMin: 60 });
  expect(week!.ahead).toEqual({ executionMin: 13 * 60, innovationMin: 0 });
  const gap = week!.gapMin!;
  expect(splitPercent({ executionMin: 32 * 60, innovationMin: 60 + gap })).toBe(20);
  // Friday is the only free day; Wednesday and Thursday are booked 9-17, 17-18 is left.
  // The longest free stretch, Friday, first, in blocks of at most 3 h; 7 h in all.
  expect(week!.slots.map((s) => [s.start, s.end])).toEqual([
    [at(27, 9), at(27, 12)],
    [at(27, 12), at(27, 15)],
    [at(27, 15), at(27, 16)],
  ]);
  const booked = week!.slots.reduce((sum, s) => sum + (s.end - s.start) / 60_000, 0);
  expect(booked).toBeGreaterThanOrEqual(gap);
  expect(week!.slots.every((s) => s.start >= at(25, 12))).toBe(true);
  const url = new URL(week!.slots[0]!.url);
  expect(url.searchParams.get('text')).toBe('Deep work');
  expect(url.searchParams.get('dates')).toBe('20261127T090000/20261127T120000');
  expect(new URL(week!.slots[0]!.weeklyUrl).searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY');
});

test('next week not seen: no plan made up, no slot on time Polarity cannot see', () => {
  const [, next] = weekAhead(input()).weeks;
  expect(next).toMatchObject({ which: 'next', daysSeen: 0, slots: [], otherSlots: [] });
  expect(next!.calendarUrl).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/11/30');
});

test('the run of weeks on target, and at risk when this week is planned below', () => {
  const onTarget = (offset: number) =>
    weekData(weekRange(at(23, 12), 1, offset), [
      ev(`e${offset}`, 'Ops review', 23 + offset * 7, 9, 13),
      ev(`i${offset}`, 'Think time', 23 + offset * 7, 14, 15),
    ]);
  const ahead = weekAhead(input({ finished: [onTarget(-3), onTarget(-2), onTarget(-1)] }));
  expect(ahead.streak).toEqual({ weeks: 3, atLeast: true, thisWeekOnTarget: false, atRisk: true });
});

test('innovation mostly after hours two weeks running: said, with slots inside working hours', () => {
  const evenings = (offset: number) =>
    weekData(weekRange(at(23, 12), 1, offset), [
      ev(`e${offset}`, 'Ops review', 23 + offset * 7, 9, 17),
      ev(`i${offset}`, 'Think time', 23 + offset * 7, 19, 21),
    ]);
  const ahead = weekAhead(input({ finished: [evenings(-2), evenings(-1)] }));
  expect(ahead.afterHoursPattern!.weeks).toEqual([
    { firstDay: '2026-11-09', percent: 100 },
    { firstDay: '2026-11-16', percent: 100 },
  ]);
  const slots = ahead.afterHoursPattern!.slots;
  expect(slots.length).toBeGreaterThan(0);
  for (const s of slots) {
    expect(new Date(s.start).getHours()).toBeGreaterThanOrEqual(9);
    expect(new Date(s.end).getHours() + new Date(s.end).getMinutes() / 60).toBeLessThanOrEqual(18);
  }
  expect(weekAhead(input({ finished: [evenings(-1)] })).afterHoursPattern).toBeUndefined();
});
