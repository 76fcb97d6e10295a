import { describe, expect, test } from 'vitest';
import {
  dateOf,
  dayDateOf,
  slot,
  timeOf,
  timeRange,
  uses12Hours,
  weekdayOf,
  weekSpan,
} from '@/utils/shared/i18n/dates';

// Intl puts narrow no-break spaces around AM/PM and thin spaces around dashes
// in some languages; the tests read them as plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u2009\u00a0]/g, ' ');
const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const WEEK = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
];

describe('the 12/24-hour habit comes from the language', () => {
  test.each([
    ['en-US', true],
    ['en-GB', false],
    ['de', false],
    ['ja', false],
    ['ko', true],
  ])('%s uses 12 hours: %s', (lang, twelve) => {
    expect(uses12Hours(lang)).toBe(twelve);
  });
});

test('en-US: hours on the hour without minutes, like Calendar’s 11am – 12pm', () => {
  expect(plain(timeRange(at(24, 11), at(24, 12), 'en-US'))).toBe('11 AM – 12 PM');
  expect(plain(timeRange(at(24, 10, 30), at(24, 12), 'en-US'))).toBe('10:30 AM – 12:00 PM');
  expect(plain(slot(at(24, 11), at(24, 12), 'en-US'))).toBe('Tue, Nov 24, 11 AM – 12 PM');
  expect(plain(timeOf(at(24, 14, 5), 'en-US'))).toBe('2:05 PM');
  expect(weekdayOf('2026-11-24', 'en-US')).toBe('Tue');
  expect(dayDateOf('2026-11-24', 'en-US')).toBe('Tue, Nov 24');
  expect(plain(weekSpan(WEEK, 'en-US'))).toBe('Nov 23 – 29, 2026');
  expect(dateOf(at(3, 9), 'en-US')).toBe('Nov 3, 2026');
});

test('en-GB: a 24-hour clock, always with minutes, day before month', () => {
  expect(plain(timeRange(at(24, 11), at(24, 12), 'en-GB'))).toBe('11:00–12:00');
  expect(plain(slot(at(24, 10, 30), at(24, 12), 'en-GB'))).toBe('Tue 24 Nov, 10:30–12:00');
  expect(timeOf(at(24, 14, 5), 'en-GB')).toBe('14:05');
  expect(plain(weekSpan(WEEK, 'en-GB'))).toBe('23 – 29 Nov 2026');
});

test('de: German day and month names and “Uhr”', () => {
  expect(plain(timeRange(at(24, 11), at(24, 12), 'de'))).toBe('11:00–12:00 Uhr');
  expect(weekdayOf('2026-11-24', 'de')).toBe('Di');
  expect(plain(weekSpan(WEEK, 'de'))).toBe('23.–29. Nov. 2026');
  expect(plain(weekSpan(['2026-11-30', '2026-12-06'], 'de'))).toBe('30. Nov. – 6. Dez. 2026');
  expect(timeOf(at(24, 14, 5), 'de')).toBe('14:05');
});

test('ja: Japanese dates and a 24-hour clock', () => {
  expect(weekdayOf('2026-11-24', 'ja')).toBe('火');
  expect(timeOf(at(24, 14, 5), 'ja')).toBe('14:05');
  expect(slot(at(24, 10, 30), at(24, 12), 'ja')).toContain('11/24(火)');
  expect(weekSpan(WEEK, 'ja')).toMatch(/^2026\/11\/23\s?～\s?(2026\/)?11\/29$/);
});

test('a week across two years names both', () => {
  expect(plain(weekSpan(['2026-12-28', '2027-01-03'], 'en-US'))).toBe('Dec 28, 2026 – Jan 3, 2027');
});
