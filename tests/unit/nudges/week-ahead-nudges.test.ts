import { expect, test } from 'vitest';
import { patternDecision } from '@/utils/background/nudges/after-hours-pattern/pattern-state';
import { parseWeekKey, weekKey } from '@/utils/background/nudges/streak-at-risk/load-weeks';
import { streakNudge, streakText } from '@/utils/background/nudges/streak-at-risk/streak-nudge';
import { classifyDays } from '@/utils/domain/week/classify-days';
import { countWeek, DEFAULT_WORKING_HOURS } from '@/utils/domain/week/count-week';
import type { WeekData } from '@/utils/domain/week/load-week';
import { weekRange } from '@/utils/domain/week/week-range';
import { en } from '@/utils/shared/i18n/messages/en';
import { catalogueReader, render } from '@/utils/shared/i18n/render';
import type { CalEvent } from '@/utils/shared/types';
import { WEEK, at, ev } from './helpers';

function weekData(offset: number, events: CalEvent[]): WeekData {
  const range = weekRange(WEEK.start, 1, offset);
  const classified = classifyDays([{ events }]);
  return {
    account: 0,
    range,
    events: classified,
    count: countWeek(classified, range),
    daysSeen: range.days,
  };
}
const onTarget = (offset: number) =>
  weekData(offset, [
    ev(`e${offset}`, 'Ops review', 23 + offset * 7, 9, 13),
    ev(`i${offset}`, 'Think time', 23 + offset * 7, 14, 15),
  ]);
// This week: 8 h of execution Monday to Thursday, nothing else; Friday free.
const BELOW = weekData(
  0,
  [23, 24, 25, 26].map((d) => ev(`o${d}`, 'Ops review', d, 9, 17)),
);
const EN = catalogueReader(en, 'en');

test('a run on target and this week planned below: the nudge, with a free slot', () => {
  const n = streakNudge(
    [onTarget(-2), onTarget(-1)],
    BELOW,
    at(26, 14),
    20,
    DEFAULT_WORKING_HOURS,
  )!;
  expect(n).toMatchObject({
    weeks: 2,
    plannedPercent: 0,
    slot: { start: at(27, 9), end: at(27, 12) },
  });
  const words = streakText(n, 20);
  expect(render(words.title, EN)).toBe('Keep your 2 weeks on target');
  expect(render(words.message, EN)).toMatch(
    /^This week is planned at 0% against a 20% target\. Book 8 h more: .+ is free\.$/,
  );
});

test('no nudge without a run, or when the plan already keeps it', () => {
  const hours = DEFAULT_WORKING_HOURS;
  expect(streakNudge([onTarget(-2), BELOW], BELOW, at(26, 14), 20, hours)).toBeUndefined();
  expect(streakNudge([onTarget(-1)], onTarget(0), at(26, 14), 20, hours)).toBeUndefined();
});

test('no free slot: still said, without one', () => {
  const full = weekData(
    0,
    [23, 24, 25, 26, 27].map((d) => ev(`o${d}`, 'Ops review', d, 9, 18)),
  );
  const n = streakNudge([onTarget(-1)], full, at(26, 14), 20, DEFAULT_WORKING_HOURS)!;
  expect(n.slot).toBeUndefined();
  expect(render(streakText(n, 20).message, EN)).toContain('before the week ends');
});

test('after hours: said once per run of such weeks', () => {
  expect(patternDecision(true, [1, 2], undefined)).toEqual({ say: true, remember: 2 });
  expect(patternDecision(true, [1, 2], 2)).toEqual({ say: false });
  // A third week running: not said again, the mark moves on.
  expect(patternDecision(true, [2, 3], 2)).toEqual({ say: false, remember: 3 });
  // The run broke, then came back: said again.
  expect(patternDecision(true, [5, 6], 3)).toEqual({ say: true, remember: 6 });
  expect(patternDecision(false, [1, 2], undefined)).toEqual({ say: false });
});

test('week keys round-trip, and each kind knows only its own', () => {
  const key = weekKey('streak', 1, WEEK.start);
  expect(parseWeekKey('streak', key)).toEqual({ account: 1, weekStart: WEEK.start });
  expect(parseWeekKey('after-hours', key)).toBeUndefined();
  expect(parseWeekKey('streak', JSON.stringify(['next-week', 1, WEEK.start]))).toBeUndefined();
  expect(parseWeekKey('streak', 'nope')).toBeUndefined();
});
