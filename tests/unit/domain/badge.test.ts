import { expect, test } from 'vitest';
import { BADGE_COLORS, BADGE_TEXT_COLORS, badgeFor } from '@/utils/domain/badge';
import { contrast, lab } from '../../support/colour';
import type { WeekCount } from '@/utils/domain/week/count-week';

const count = (executionMin: number, innovationMin: number): WeekCount => ({
  executionMin,
  innovationMin,
  afterHoursInnovationMin: 0,
  overlappedInnovationMin: 0,
  days: [],
});

test('shows the split as NN% and green at or above target', () => {
  const b = badgeFor({
    count: count(480, 120),
    targetPercent: 20,
    daysSeen: 5,
    openOverrides: 0,
  });
  expect(b.text).toBe('20%');
  expect(b.color).toBe(BADGE_COLORS.onTarget);
  expect(b.title).toBe(
    'Polarity: on target. Innovation 20% (2 h), execution 80% (8 h); target 20%; no overrides; 5 of 7 days seen',
  );
  expect(b.title).not.toContain('\n');
});

test('amber below target, red with an open override', () => {
  expect(
    badgeFor({
      count: count(600, 60),
      targetPercent: 20,
      daysSeen: 7,
      openOverrides: 0,
    }).color,
  ).toBe(BADGE_COLORS.belowTarget);
  const red = badgeFor({
    count: count(600, 60),
    targetPercent: 20,
    daysSeen: 7,
    openOverrides: 2,
  });
  expect(red.color).toBe(BADGE_COLORS.override);
  expect(red.title).toContain('2 overrides of innovation time open');
  expect(red.title).toMatch(/^Polarity: innovation time taken\. /);
  expect(red.text).toBe('9%');
});

test('no counted time: no number, and the title says why', () => {
  const none = badgeFor({
    count: count(0, 0),
    targetPercent: 20,
    daysSeen: 0,
    openOverrides: 0,
  });
  expect(none.text).toBe('');
  expect(none.title).toContain('open this week in Google Calendar');
});

test('an unreadable view says so instead of a number', () => {
  const b = badgeFor({
    count: count(600, 60),
    targetPercent: 20,
    daysSeen: 7,
    openOverrides: 0,
    unreadable: "can't read this view: 3 event chips found, none readable",
  });
  expect(b.text).not.toMatch(/\d/);
  expect(b.title).toBe(
    "Polarity: can't read this view: 3 event chips found, none readable. Stored figures are unchanged.",
  );
  // Said once: the reason carries the words, the title does not repeat them.
  expect(b.title.match(/can't read/g)).toHaveLength(1);
  const loading = badgeFor({
    targetPercent: 20,
    daysSeen: 0,
    openOverrides: 0,
    unreadable: 'still loading: the calendar grid is not on the page yet',
  });
  expect(loading.title).not.toContain("can't read");
});

test('the three states differ in lightness, not hue alone, and keep their text readable', () => {
  const states = ['onTarget', 'belowTarget', 'override'] as const;
  for (const s of states) {
    expect(contrast(BADGE_COLORS[s], BADGE_TEXT_COLORS[s])).toBeGreaterThanOrEqual(4.5);
  }
  expect(contrast(BADGE_COLORS.none, BADGE_TEXT_COLORS.none)).toBeGreaterThanOrEqual(4.5);
  for (const a of states) {
    for (const b of states) {
      if (a === b) continue;
      expect(Math.abs(lab(BADGE_COLORS[a])[0] - lab(BADGE_COLORS[b])[0])).toBeGreaterThanOrEqual(
        10,
      );
    }
  }
});

test('below target says so in words, and paints the light state with dark text', () => {
  const b = badgeFor({ count: count(600, 60), targetPercent: 20, daysSeen: 7, openOverrides: 0 });
  expect(b.title).toMatch(/^Polarity: below target\. /);
  expect(b.textColor).toBe(BADGE_TEXT_COLORS.belowTarget);
});

test('the planned week goes in the title, never in the badge text', () => {
  const input = { count: count(600, 60), targetPercent: 20, daysSeen: 3, openOverrides: 0 };
  const behind = badgeFor({ ...input, plan: { plannedPercent: 14, gapMin: 166 } });
  expect(behind.text).toBe('9%');
  expect(behind.title).toBe(
    'Polarity: below target. Innovation 9% (1 h), execution 91% (10 h); target 20%; no overrides; 3 of 7 days seen; planned 14%: book 3 h more to reach 20%',
  );
  const booked = badgeFor({ ...input, plan: { plannedPercent: 22, gapMin: 0 } });
  expect(booked.text).toBe('9%');
  expect(booked.title.endsWith('; 3 of 7 days seen; planned 22%')).toBe(true);
  expect(badgeFor(input).title.endsWith('3 of 7 days seen')).toBe(true);
});
