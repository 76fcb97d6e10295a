import { expect, test } from 'vitest';
import { afterHoursPattern, mostlyAfterHours } from '@/utils/domain/week/after-hours-pattern';
import { streakAtRisk, streakState, weeksOnTarget } from '@/utils/domain/week/streak';

const w = (...ps: (number | undefined)[]) =>
  ps.map((p) => (p === undefined ? {} : { innovationPercent: p }));

test('weeks on target in a row, counted back from the newest', () => {
  expect(weeksOnTarget(w(25, 10, 20, 22, 31), 20)).toBe(3);
  expect(weeksOnTarget(w(25, 25, 19), 20)).toBe(0);
  expect(weeksOnTarget(w(), 20)).toBe(0);
});

test('a week with nothing counted ends the streak', () => {
  expect(weeksOnTarget(w(30, undefined, 25), 20)).toBe(1);
});

test("at risk: a streak, and this week's plan below target", () => {
  const risk = streakState(w(20, 25), 12, 20);
  expect(risk).toEqual({ weeks: 2, atLeast: true, thisWeekOnTarget: false });
  expect(streakAtRisk(risk)).toBe(true);
  expect(streakAtRisk(streakState(w(20, 25), 21, 20))).toBe(false);
  expect(streakAtRisk(streakState(w(20, 5), 3, 20))).toBe(false);
  expect(streakAtRisk(streakState(w(30), undefined, 20))).toBe(true);
  expect(streakState(w(5, 30), 30, 20).atLeast).toBe(false);
});

test('after hours as a pattern: mostly after hours, two finished weeks running', () => {
  const mostly = { innovationMin: 120, afterHoursInnovationMin: 90 };
  const half = { innovationMin: 120, afterHoursInnovationMin: 60 };
  const none = { innovationMin: 0, afterHoursInnovationMin: 0 };
  expect(mostlyAfterHours(mostly)).toBe(true);
  expect(mostlyAfterHours(half)).toBe(false);
  expect(afterHoursPattern([half, mostly, mostly])).toBe(true);
  expect(afterHoursPattern([mostly, mostly, half])).toBe(false);
  expect(afterHoursPattern([mostly])).toBe(false);
  expect(afterHoursPattern([mostly, none])).toBe(false);
});
