import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayClock,
  dayKeyOf,
  daysBetween,
  decodeDateKey,
  encodeDateKey,
  localTime,
  weekdayOf,
} from '@/utils/gcal/date-key';

describe('date keys', () => {
  test.each([
    ['2025-11-30', 28542],
    ['2025-12-01', 28545],
    ['2026-01-03', 28707],
    ['2026-11-24', 29048],
  ])('%s is %i', (day, key) => {
    expect(encodeDateKey(day)).toBe(key);
    expect(decodeDateKey(key)).toBe(day);
    expect(decodeDateKey(String(key))).toBe(day);
  });

  test('a real December 2025 month grid spans 35 days', () => {
    const days = daysBetween(decodeDateKey('28542')!, decodeDateKey('28707')!);
    expect(days).toHaveLength(35);
    expect(days[0]).toBe('2025-11-30');
    expect(days[34]).toBe('2026-01-03');
  });

  test.each([
    null,
    undefined,
    '',
    'abc',
    '-5',
    '1.5',
    0,
    (56 << 9) | (13 << 5) | 1,
    (56 << 9) | (2 << 5) | 30,
  ])('rejects %s', (raw) => expect(decodeDateKey(raw as string)).toBeNull());

  test('rejects malformed days', () => {
    expect(encodeDateKey('2026-02-30')).toBeNull();
    expect(encodeDateKey('26-1-1')).toBeNull();
  });

  test('round-trips every day from 1970 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const day = dayKeyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(decodeDateKey(encodeDateKey(day))).toBe(day);
        },
      ),
    );
  });

  test('calendar arithmetic crosses months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-11-23', '2026-11-29')).toHaveLength(7);
    expect(daysBetween('2026-11-29', '2026-11-23')).toEqual([]);
    expect(weekdayOf('2026-11-23')).toBe(1);
  });

  test('local times are wall-clock times in the browser zone', () => {
    expect(localTime('2026-11-24', 9, 30)).toBe(new Date(2026, 10, 24, 9, 30).getTime());
    expect(localTime('2026-11-30', 1, 0, 1)).toBe(new Date(2026, 11, 1, 1, 0).getTime());
  });
});

describe('dayClock', () => {
  test.each(['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'])(
    'agrees with new Date in %s, across clock changes',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        if (zone === 'America/New_York') expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(240);
        const at = dayClock();
        for (const day of [
          '2026-03-08',
          '2026-03-29',
          '2026-04-05',
          '2026-10-04',
          '2026-10-25',
          '2026-11-01',
          '2026-11-24',
        ]) {
          const [y, m, d] = day.split('-').map(Number) as [number, number, number];
          for (const [h, min] of [
            [0, 0],
            [1, 30],
            [2, 30],
            [3, 0],
            [9, 15],
            [23, 59],
          ] as const) {
            expect(at(day, h, min)).toBe(new Date(y, m - 1, d, h, min).getTime());
            expect(at(day, h, min, 1)).toBe(new Date(y, m - 1, d + 1, h, min).getTime());
          }
        }
      } finally {
        process.env.TZ = saved;
      }
    },
  );
});
