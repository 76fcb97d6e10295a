import { expect, test } from 'vitest';
import { eventUrl, gcalDateTime, newEventUrl, weekUrl } from '@/utils/gcal/urls';
import { at } from './helpers';

test('the new-event page, prefilled with title and local wall-clock times (no Z)', () => {
  const url = newEventUrl(1, 'Strategy & vision: Q1+', { start: at(24, 9), end: at(24, 10.75) });
  expect(url).toBe(
    'https://calendar.google.com/calendar/u/1/r/eventedit?text=Strategy%20%26%20vision%3A%20Q1%2B&dates=20261124T090000/20261124T104500',
  );
  const parsed = new URL(url);
  expect(parsed.searchParams.get('text')).toBe('Strategy & vision: Q1+');
  expect(parsed.searchParams.get('dates')).toBe('20261124T090000/20261124T104500');
});

test('without a slot Calendar chooses the time', () => {
  expect(newEventUrl(0, 'Think time')).toBe(
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Think%20time',
  );
});

test('times are the wall clock of the stored instant, whatever the zone offset', () => {
  expect(gcalDateTime(new Date(2026, 2, 29, 23, 5, 7).getTime())).toBe('20260329T230507');
});

test("the event's own page, its id encoded; ids Calendar never writes are refused", () => {
  expect(eventUrl(0, 'YWJjIGRlZkBt')).toBe(
    'https://calendar.google.com/calendar/u/0/r/eventedit/YWJjIGRlZkBt',
  );
  expect(eventUrl(2, 'a+b/c=')).toBe(
    'https://calendar.google.com/calendar/u/2/r/eventedit/a%2Bb%2Fc%3D',
  );
  expect(eventUrl(0, '../settings')).toBeUndefined();
  expect(eventUrl(0, 'javascript:alert(1)')).toBeUndefined();
});

test('the week view, as Calendar writes it; a bad account index falls back to 0', () => {
  expect(weekUrl(0, '2026-03-02')).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/3/2');
  expect(weekUrl(-1, '2026-11-24')).toBe(
    'https://calendar.google.com/calendar/u/0/r/week/2026/11/24',
  );
});

test('when the page named the account zone, times are instants: written in UTC with Z', () => {
  const slot = { start: Date.UTC(2026, 10, 24, 14, 0), end: Date.UTC(2026, 10, 24, 15, 30) };
  expect(newEventUrl(0, 'Think time', slot, 'America/New_York')).toBe(
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Think%20time&dates=20261124T140000Z/20261124T153000Z',
  );
});
