import { describe, expect, test } from 'vitest';
import { countWeek, splitPercent, type CountableEvent } from '@/utils/domain/week/count-week';
import { weekRange } from '@/utils/domain/week/week-range';

// Monday 2026-11-23 .. Sunday 2026-11-29, Monday start.
const week = weekRange(new Date(2026, 10, 25, 12), 1);
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const ev = (
  category: CountableEvent['category'],
  start: number,
  end: number,
  declined = false,
): CountableEvent => ({ category, start, end, declined });

describe('countWeek', () => {
  test('sums execution and innovation minutes', () => {
    const c = countWeek(
      [ev('execution', at(23, 9), at(23, 11)), ev('innovation', at(24, 14), at(24, 15, 30))],
      week,
    );
    expect(c.executionMin).toBe(120);
    expect(c.innovationMin).toBe(90);
    expect(splitPercent(c)).toBe(43);
  });

  test('overlaps inside one category count once', () => {
    const c = countWeek(
      [ev('execution', at(23, 9), at(23, 11)), ev('execution', at(23, 10), at(23, 12))],
      week,
    );
    expect(c.executionMin).toBe(180);
  });

  test('execution takes the minutes it shares with innovation', () => {
    const c = countWeek(
      [ev('innovation', at(23, 9), at(23, 12)), ev('execution', at(23, 11), at(23, 13))],
      week,
    );
    expect(c.executionMin).toBe(120);
    expect(c.innovationMin).toBe(120);
    expect(c.overlappedInnovationMin).toBe(60);
  });

  test('declined and excluded events never count', () => {
    const c = countWeek(
      [
        ev('innovation', at(23, 9), at(23, 12), true),
        ev('execution', at(23, 13), at(23, 14), true),
        ev('excluded', at(23, 14), at(23, 16)),
        ev('execution', at(23, 16), at(23, 17)),
      ],
      week,
    );
    expect(c.executionMin).toBe(60);
    expect(c.innovationMin).toBe(0);
  });

  test('events are clipped to the week', () => {
    const c = countWeek(
      [
        ev('execution', at(22, 23), at(23, 1)), // Sunday night before: 60 min inside
        ev('innovation', at(29, 23), at(30, 2)), // Sunday night at the end: 60 min inside
      ],
      week,
    );
    expect(c.executionMin).toBe(60);
    expect(c.innovationMin).toBe(60);
  });

  test('an event crossing midnight is split between its days', () => {
    const c = countWeek([ev('innovation', at(24, 22, 15), at(25, 6, 30))], week);
    const byDay = Object.fromEntries(c.days.map((d) => [d.day, d.innovationMin]));
    expect(byDay['2026-11-24']).toBe(105);
    expect(byDay['2026-11-25']).toBe(390);
    expect(c.innovationMin).toBe(495);
  });

  test('the same event read from two days counts once', () => {
    const e = ev('execution', at(24, 22), at(25, 2));
    expect(countWeek([e, { ...e }], week).executionMin).toBe(240);
  });

  test('innovation outside working hours is reported as after-hours', () => {
    const c = countWeek(
      [
        ev('innovation', at(23, 17), at(23, 20)), // Monday: 18-20 after hours
        ev('innovation', at(28, 10), at(28, 11)), // Saturday: all after hours
      ],
      week,
    );
    expect(c.innovationMin).toBe(240);
    expect(c.afterHoursInnovationMin).toBe(180);
  });

  test('no counted time gives no percent', () => {
    expect(splitPercent(countWeek([], week))).toBeUndefined();
  });
});

describe('weekRange', () => {
  test('Monday, Sunday and Saturday starts', () => {
    const d = new Date(2026, 10, 24);
    expect(weekRange(d, 1).days[0]).toBe('2026-11-23');
    expect(weekRange(d, 0).days[0]).toBe('2026-11-22');
    expect(weekRange(d, 6).days[0]).toBe('2026-11-21');
    expect(weekRange(d, 1, -1).days[0]).toBe('2026-11-16');
    expect(weekRange(d, 1).days).toHaveLength(7);
  });
});
