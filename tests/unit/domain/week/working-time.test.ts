import { expect, test } from 'vitest';
import {
  heldBack,
  isAfterHoursHigh,
  isWorkingTime,
  nextLateWeekTime,
  nextWorkingTime,
} from '@/utils/domain/week/working-time';
import { DEFAULT_WORKING_HOURS as HOURS } from '@/utils/domain/week/count-week';
import { weekStartingAt } from '@/utils/domain/week/week-range';
import { at } from '../../nudges/helpers';

test('working time: working days, start inclusive, end exclusive', () => {
  expect(isWorkingTime(at(24, 9), HOURS)).toBe(true);
  expect(isWorkingTime(at(24, 17.99), HOURS)).toBe(true);
  expect(isWorkingTime(at(24, 18), HOURS)).toBe(false);
  expect(isWorkingTime(at(24, 8.99), HOURS)).toBe(false);
  expect(isWorkingTime(at(28, 11), HOURS)).toBe(false); // Saturday
});

test('the next working moment: now, later today, or the next working day', () => {
  expect(nextWorkingTime(at(24, 10), HOURS)).toBe(at(24, 10));
  expect(nextWorkingTime(at(24, 7), HOURS)).toBe(at(24, 9));
  expect(nextWorkingTime(at(24, 19), HOURS)).toBe(at(25, 9));
  expect(nextWorkingTime(at(27, 19), HOURS)).toBe(at(30, 9));
  expect(nextWorkingTime(at(24, 7), { days: [], start: 540, end: 1080 })).toBeUndefined();
});

test('late in the working week: Thursday 14:00 for Monday-Friday', () => {
  expect(nextLateWeekTime(at(23, 10), HOURS)).toBe(at(26, 14));
  expect(nextLateWeekTime(at(26, 14), HOURS)).toBe(new Date(2026, 11, 3, 14).getTime());
  // Sunday-Thursday: Wednesday.
  expect(nextLateWeekTime(at(22, 10), { ...HOURS, days: [0, 1, 2, 3, 4] })).toBe(at(25, 14));
});

test('after-hours innovation is flagged above a third of the week’s innovation', () => {
  expect(isAfterHoursHigh({ innovationMin: 300, afterHoursInnovationMin: 100 })).toBe(false);
  expect(isAfterHoursHigh({ innovationMin: 300, afterHoursInnovationMin: 101 })).toBe(true);
  expect(isAfterHoursHigh({ innovationMin: 0, afterHoursInnovationMin: 0 })).toBe(false);
});

test('quiet hours hold a nudge back to the next working moment, never past a bound', () => {
  expect(heldBack(false, at(24, 22), HOURS)).toBe(false); // quiet hours off
  expect(heldBack(true, at(24, 10), HOURS)).toBe(false); // working now
  expect(heldBack(true, at(24, 22), HOURS)).toEqual({ at: at(25, 9) });
  // Friday night, bounded by the week's end: nothing left to try this week.
  expect(heldBack(true, at(27, 22), HOURS, at(30, 0))).toEqual({ at: undefined });
});

test('the week starting at a day keeps that day first', () => {
  const week = weekStartingAt(at(25, 0));
  expect(week.start).toBe(at(25, 0));
  expect(week.end).toBe(at(32, 0));
  expect(week.days).toHaveLength(7);
});
