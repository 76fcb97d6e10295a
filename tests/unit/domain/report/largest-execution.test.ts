import { expect, test } from 'vitest';
import { largestExecution } from '@/utils/domain/report/largest-execution';
import { weekRange } from '@/utils/domain/week/week-range';
import { at, classified } from './events';

const week = weekRange(at(24, 12), 1);

test('recurring instances add up under their series, largest first', () => {
  const standups = [23, 24, 25, 26, 27].map((d) =>
    classified(`st_2026112${d}`, 'Standup', 'execution', d, 9, 10, { seriesId: 'st' }),
  );
  const events = [
    ...standups,
    classified('r', 'Quarterly review', 'execution', 24, 13, 16),
    classified('o', '1:1 Alex', 'execution', 25, 11, 11.5),
    classified('s', 'Strategy', 'innovation', 25, 14, 18),
    classified('x', 'Declined sync', 'execution', 26, 9, 17, { declined: true }),
  ];
  expect(largestExecution(events, week)).toEqual([
    { seriesId: 'st', title: 'Standup', minutes: 300, occurrences: 5, recurring: true },
    { seriesId: 'r', title: 'Quarterly review', minutes: 180, occurrences: 1, recurring: false },
    { seriesId: 'o', title: '1:1 Alex', minutes: 30, occurrences: 1, recurring: false },
  ]);
});

test('a series renamed mid-week shows its newest title; the list is capped', () => {
  const events = [
    classified('a_1', 'Ops sync', 'execution', 23, 9, 10, { seriesId: 'a' }),
    classified('a_2', 'Ops review', 'execution', 25, 9, 10, { seriesId: 'a' }),
    ...[1, 2, 3, 4, 5, 6].map((i) =>
      classified(`e${i}`, `Item ${i}`, 'execution', 26, 8 + i, 8.5 + i),
    ),
  ];
  const items = largestExecution(events, week, 3);
  expect(items).toHaveLength(3);
  expect(items[0]).toMatchObject({ title: 'Ops review', minutes: 120, recurring: true });
});

test('an event crossing the end of the week counts only its part inside', () => {
  const late = classified('l', 'Release night', 'execution', 29, 22, 26);
  expect(largestExecution([late], week)[0]!.minutes).toBe(120);
});
