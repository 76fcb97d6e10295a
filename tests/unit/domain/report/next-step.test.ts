import { expect, test } from 'vitest';
import { historyGaps } from '@/utils/domain/report/history-gaps';
import {
  decidedByDefault,
  minutesShort,
  nextStep,
  type NextStepInput,
} from '@/utils/domain/report/next-step';
import type { TrendPoint } from '@/utils/domain/report/week-report';

const WEEK_URL = 'https://cal.example/week/2026-11-23';
const below = {
  executionMin: 1800,
  innovationMin: 240,
  innovationPercent: 12,
  executionPercent: 88,
  targetPercent: 20,
  vsTarget: -8,
};
const above = {
  ...below,
  innovationMin: 600,
  innovationPercent: 25,
  executionPercent: 75,
  vsTarget: 5,
};
const fullCoverage = { seen: 7, total: 7, missing: [], calendarUrl: WEEK_URL };
const defaulted = { kind: 'timed', declined: false, source: 'default' } as const;

const input = (over: Partial<NextStepInput> = {}): NextStepInput => ({
  offset: 0,
  split: above,
  coverage: fullCoverage,
  gaps: [],
  events: [],
  weekUrl: WEEK_URL,
  ...over,
});
const gap = {
  isoWeek: '2026-W44',
  firstDay: '2026-10-26',
  daysSeen: 0,
  calendarUrl: 'https://cal.example/week/2026-10-26',
};

test('below target with the week still open: book innovation, with how much is short', () => {
  expect(nextStep(input({ split: below, events: [defaulted], gaps: [gap] }))).toEqual({
    kind: 'book',
    calendarUrl: WEEK_URL,
    shortMin: 210,
  });
  // 1800 min execution at 20% needs 450 innovation: 210 more, in quarter hours.
  expect(minutesShort(below)).toBe(210);
  expect(minutesShort(above)).toBe(0);
});

test('a past week below target is not for booking: the next thing in line instead', () => {
  expect(nextStep(input({ offset: -1, split: below, gaps: [gap] })).kind).toBe('browse-back');
});

test('a shown week not seen in full comes before the trend and tagging', () => {
  const coverage = {
    seen: 5,
    total: 7,
    missing: ['2026-11-28', '2026-11-29'],
    calendarUrl: 'https://cal.example/week/2026-11-28',
  };
  expect(nextStep(input({ coverage, gaps: [gap], events: [defaulted] }))).toEqual({
    kind: 'open-week',
    calendarUrl: 'https://cal.example/week/2026-11-28',
    missing: 2,
  });
  // Next week not seen yet is no gap to fill.
  expect(nextStep(input({ offset: 1, coverage })).kind).toBe('none');
});

test('gaps in the trend: open the oldest first, and say how many', () => {
  const second = {
    ...gap,
    isoWeek: '2026-W45',
    calendarUrl: 'https://cal.example/week/2026-11-02',
  };
  expect(nextStep(input({ gaps: [gap, second], events: [defaulted] }))).toEqual({
    kind: 'browse-back',
    calendarUrl: gap.calendarUrl,
    weeks: 2,
  });
});

test('then the events only the defaults decided; declined, tagged and all-day ones are not counted', () => {
  const events = [
    defaulted,
    defaulted,
    { ...defaulted, declined: true },
    { ...defaulted, source: 'tag' as const },
    { ...defaulted, source: 'rule' as const },
    { ...defaulted, kind: 'allday' as const },
  ];
  expect(decidedByDefault(events)).toBe(2);
  expect(nextStep(input({ events }))).toEqual({ kind: 'tag', count: 2 });
  expect(nextStep(input())).toEqual({ kind: 'none' });
});

test('history gaps: the earlier weeks not seen in full, with their links; not the shown week', () => {
  const point = (w: number, daysSeen: number): TrendPoint => ({
    isoWeek: `2026-W${w}`,
    firstDay: `2026-W${w}-1`,
    daysSeen,
    calendarUrl: `https://cal.example/${w}`,
  });
  const trend = [point(41, 0), point(42, 7), point(43, 3), point(44, 0)];
  expect(historyGaps(trend)).toEqual([
    {
      isoWeek: '2026-W41',
      firstDay: '2026-W41-1',
      daysSeen: 0,
      calendarUrl: 'https://cal.example/41',
    },
    {
      isoWeek: '2026-W43',
      firstDay: '2026-W43-1',
      daysSeen: 3,
      calendarUrl: 'https://cal.example/43',
    },
  ]);
  expect(historyGaps([point(41, 7)])).toEqual([]);
});
