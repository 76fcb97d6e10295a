import { weekUrl } from '@/utils/gcal/urls';
import { expect, test } from 'vitest';
import { afterHoursSummary } from '@/utils/domain/report/after-hours-summary';
import { coverageSummary } from '@/utils/domain/report/coverage-summary';
import { isoWeek } from '@/utils/domain/report/iso-week';
import {
  REFLECTION_QUESTIONS,
  reflectionQuestion,
} from '@/utils/domain/report/reflection-question';
import { splitSummary } from '@/utils/domain/report/split-summary';
import { weekRange } from '@/utils/domain/week/week-range';
import { at } from './events';

const count = (executionMin: number, innovationMin: number, afterHoursInnovationMin = 0) => ({
  executionMin,
  innovationMin,
  afterHoursInnovationMin,
  overlappedInnovationMin: 0,
  days: [],
});

test('split percents add up to 100 and compare with the target', () => {
  expect(splitSummary(count(600, 200), 20)).toEqual({
    executionMin: 600,
    innovationMin: 200,
    innovationPercent: 25,
    executionPercent: 75,
    targetPercent: 20,
    vsTarget: 5,
  });
  expect(splitSummary(count(0, 0), 20)).toEqual({
    executionMin: 0,
    innovationMin: 0,
    targetPercent: 20,
  });
});

test('after-hours warns above a third of the week’s innovation, not at it', () => {
  expect(afterHoursSummary(count(600, 300, 100))).toMatchObject({ percent: 33, high: false });
  expect(afterHoursSummary(count(600, 300, 101))).toMatchObject({ percent: 34, high: true });
  expect(afterHoursSummary(count(600, 0, 0))).toEqual({
    innovationMin: 0,
    afterHoursMin: 0,
    high: false,
  });
});

test('Google Calendar week links do not zero-pad month and day', () => {
  expect(weekUrl(1, '2026-03-05')).toBe('https://calendar.google.com/calendar/u/1/r/week/2026/3/5');
});

test('coverage counts seen days and links to the first missing one', () => {
  const { days } = weekRange(at(24, 12), 1);
  const c = coverageSummary(
    days,
    ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'],
    (day) => weekUrl(0, day),
  );
  expect(c).toEqual({
    seen: 5,
    total: 7,
    missing: ['2026-11-28', '2026-11-29'],
    calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/28',
  });
  expect(coverageSummary(days, days, (day) => weekUrl(2, day)).calendarUrl).toBe(
    'https://calendar.google.com/calendar/u/2/r/week/2026/11/23',
  );
});

test('ISO week labels hold whatever day the week starts on', () => {
  for (const start of [0, 1, 6] as const) {
    expect(isoWeek(weekRange(at(25, 12), start).days)).toBe('2026-W48');
  }
  // The week of New Year belongs to the ISO year of its Thursday.
  expect(isoWeek(weekRange(new Date(2026, 11, 30), 1).days)).toBe('2026-W53');
  expect(isoWeek(weekRange(new Date(2027, 0, 6), 1).days)).toBe('2027-W01');
});

test('the reflection question holds for a week and changes the next', () => {
  const weeks = Array.from({ length: 20 }, (_, i) => weekRange(at(24, 12), 1, i).days[0]!);
  const questions = weeks.map(reflectionQuestion);
  for (let i = 1; i < questions.length; i++) expect(questions[i]).not.toBe(questions[i - 1]);
  expect(new Set(questions).size).toBe(REFLECTION_QUESTIONS.length);
  expect(reflectionQuestion('2026-11-23')).toBe(reflectionQuestion('2026-11-23'));
});
