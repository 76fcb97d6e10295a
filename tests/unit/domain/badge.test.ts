import { expect, test } from 'vitest';
import { BADGE_COLORS, badgeFor } from '@/utils/domain/badge';
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
    'Polarity: innovation 20% (2 h), execution 80% (8 h); target 20%; no overrides; 5 of 7 days seen',
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

test('the planned week goes in the title, never in the badge text', () => {
  const input = { count: count(600, 60), targetPercent: 20, daysSeen: 3, openOverrides: 0 };
  const behind = badgeFor({ ...input, plan: { plannedPercent: 14, gapMin: 166 } });
  expect(behind.text).toBe('9%');
  expect(behind.title).toBe(
    'Polarity: innovation 9% (1 h), execution 91% (10 h); target 20%; no overrides; 3 of 7 days seen; planned 14%: book 3 h more to reach 20%',
  );
  const booked = badgeFor({ ...input, plan: { plannedPercent: 22, gapMin: 0 } });
  expect(booked.text).toBe('9%');
  expect(booked.title.endsWith('; 3 of 7 days seen; planned 22%')).toBe(true);
  expect(badgeFor(input).title.endsWith('3 of 7 days seen')).toBe(true);
});
