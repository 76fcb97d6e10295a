import { englishPage } from '@/utils/shared/i18n/english-page';
import type { Msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';
import { expect, test } from 'vitest';
import {
  nextWeekKey,
  nextWeekState,
  parseNextWeekKey,
} from '@/utils/background/nudges/next-week-empty/next-week-state';
import { nextWeekText } from '@/utils/background/nudges/next-week-empty/text';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import { NEXT_WEEK, ev } from './helpers';

const classified = (
  title: string,
  category: ClassifiedEvent['category'],
  d: number,
): ClassifiedEvent => ({
  ...ev(title, title, d, 10, 12),
  category,
  source: 'default',
  because: { key: 'reason_no_keyword' },
  reason: 'test',
});

test('next week unseen, seen without innovation, or booked', () => {
  expect(nextWeekState({ range: NEXT_WEEK, events: [], daysSeen: [] })).toEqual({ kind: 'unseen' });
  const ops = classified('Ops', 'execution', 30);
  expect(
    nextWeekState({ range: NEXT_WEEK, events: [ops], daysSeen: NEXT_WEEK.days.slice(0, 3) }),
  ).toEqual({
    kind: 'empty',
    daysSeen: 3,
  });
  const think = classified('Think time', 'innovation', 30);
  expect(nextWeekState({ range: NEXT_WEEK, events: [ops, think], daysSeen: [] })).toEqual({
    kind: 'booked',
    innovationMin: 120,
  });
});

test('the nudge says what is known: unseen says so, booked says nothing', () => {
  const en = (m: Msg) => render(m, englishPage);
  expect(en(nextWeekText({ kind: 'unseen' })!.message)).toContain("hasn't seen next week");
  expect(en(nextWeekText({ kind: 'empty', daysSeen: 5 })!.message)).toContain('5 of 7 days seen');
  expect(nextWeekText({ kind: 'booked', innovationMin: 60 })).toBeUndefined();
});

test('next-week keys round-trip and never match an override key', () => {
  expect(parseNextWeekKey(nextWeekKey(1, NEXT_WEEK.start))).toEqual({
    account: 1,
    weekStart: NEXT_WEEK.start,
  });
  expect(parseNextWeekKey(JSON.stringify([0, 's', 'overlap', 'b']))).toBeUndefined();
  expect(parseNextWeekKey('not json')).toBeUndefined();
});
