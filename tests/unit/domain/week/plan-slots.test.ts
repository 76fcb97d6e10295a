import { describe, expect, test } from 'vitest';
import { DEFAULT_WORKING_HOURS } from '@/utils/domain/week/count-week';
import { freeStretches, slotsForGap, type GapSlotQuery } from '@/utils/domain/week/plan-slots';
import { WEEK, at, ev } from '../../nudges/helpers';

// Monday 23 to Friday 27 November 2026, 09:00-18:00.
const busyWeek = [
  ev('m', 'Ops', 23, 9, 18),
  ev('t1', 'Ops', 24, 9, 12),
  ev('t2', 'Ops', 24, 14, 18), // Tuesday: 12-14 free (2 h)
  ev('w', 'Ops', 25, 9, 13), // Wednesday: 13-18 free (5 h)
  ev('th', 'Ops', 26, 10, 18), // Thursday: 9-10 free (1 h)
  ev('f', 'Ops', 27, 9, 17.5), // Friday: 17:30-18 free (30 min)
];

const query = (over: Partial<GapSlotQuery>): GapSlotQuery => ({
  minutes: 180,
  days: WEEK.days,
  events: busyWeek,
  hours: DEFAULT_WORKING_HOURS,
  notBefore: at(23, 8),
  ...over,
});

describe('slots that close the gap', () => {
  test('the longest free stretch first, cut to the gap', () => {
    expect(slotsForGap(query({}))).toEqual([{ start: at(25, 13), end: at(25, 16) }]);
  });

  test('a gap larger than one block takes several, longest first, none past the block limit', () => {
    expect(slotsForGap(query({ minutes: 360 }))).toEqual([
      { start: at(25, 13), end: at(25, 16) },
      { start: at(24, 12), end: at(24, 14) },
      // What is left of Wednesday (2 h) ties with Tuesday's and comes after it.
      { start: at(25, 16), end: at(25, 17) },
    ]);
  });

  test('existing events are avoided; declined ones and all-day markers leave time free', () => {
    const events = [
      ...busyWeek,
      ev('x', 'Pitch', 25, 13, 18, { declined: true }),
      ev('h', 'Holiday', 24, 0, 24, { kind: 'holiday' }),
      ev('y', 'Workshop', 25, 13, 17),
    ];
    // Wednesday 17-18 and Tuesday 12-14 are left.
    expect(slotsForGap(query({ events, minutes: 120 }))).toEqual([
      { start: at(24, 12), end: at(24, 14) },
    ]);
  });

  test('never outside working hours, nor in the past', () => {
    const slots = slotsForGap(query({ minutes: 600, events: [], notBefore: at(27, 16.1) }));
    // Friday 16:15-18:00 is all that is left of the week.
    expect(slots).toEqual([{ start: at(27, 16.25), end: at(27, 18) }]);
  });

  test('other hours only when asked: the caller passes them', () => {
    const evening = { days: [0, 1, 2, 3, 4, 5, 6], start: 18 * 60, end: 21 * 60 };
    const slots = slotsForGap(query({ minutes: 60, hours: evening, events: [] }));
    expect(slots).toEqual([{ start: at(23, 18), end: at(23, 19) }]);
  });

  test('free time shorter than half an hour is not offered; nothing when there is no gap', () => {
    expect(slotsForGap(query({ minutes: 0 }))).toEqual([]);
    const only = freeStretches(query({ days: [WEEK.days[4]!] }));
    expect(only).toEqual([{ start: at(27, 17.5), end: at(27, 18) }]);
    const tight = [ev('f', 'Ops', 27, 9, 17.75)];
    expect(slotsForGap(query({ days: [WEEK.days[4]!], events: tight }))).toEqual([]);
  });

  test('a small gap still books a block worth having', () => {
    expect(slotsForGap(query({ minutes: 10 }))).toEqual([{ start: at(25, 13), end: at(25, 13.5) }]);
  });

  test('only the days passed are searched (the days Polarity has seen)', () => {
    expect(slotsForGap(query({ days: [WEEK.days[3]!] }))).toEqual([
      { start: at(26, 9), end: at(26, 10) },
    ]);
  });
});
