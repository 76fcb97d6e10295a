import { describe, expect, test } from 'vitest';
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

describe('a slot booked from the week ahead', () => {
  const slot = { start: at(24, 13), end: at(24, 15) };

  test('single: title, start and end, nothing repeats', () => {
    const url = new URL(newEventUrl(0, 'Innovation time', slot));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/u/0/r/eventedit');
    expect(url.searchParams.get('text')).toBe('Innovation time');
    expect(url.searchParams.get('dates')).toBe('20261124T130000/20261124T150000');
    expect(url.searchParams.has('recur')).toBe(false);
  });

  test('weekly: the same slot with a weekly rule, in the form Calendar reads', () => {
    const href = newEventUrl(2, 'Deep work', slot, undefined, { weekly: true });
    expect(href).toBe(
      'https://calendar.google.com/calendar/u/2/r/eventedit?text=Deep%20work&dates=20261124T130000/20261124T150000&recur=RRULE%3AFREQ%3DWEEKLY',
    );
    expect(new URL(href).searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY');
  });

  test('never all-day: times always carry T, even midnight to midnight; no slot, no times', () => {
    const day = { start: new Date(2026, 10, 24).getTime(), end: new Date(2026, 10, 25).getTime() };
    const dates = new URL(newEventUrl(0, 'x', day)).searchParams.get('dates')!;
    expect(dates).toBe('20261124T000000/20261125T000000');
    expect(dates).toMatch(/^\d{8}T\d{6}\/\d{8}T\d{6}$/);
    const broken = new URL(newEventUrl(0, 'x', { start: 5, end: 5 }, undefined, { weekly: true }));
    expect(broken.searchParams.has('dates')).toBe(false);
    expect(broken.searchParams.has('recur')).toBe(false);
  });

  test('a slot ending at midnight ends on the next day at 00:00', () => {
    const late = { start: at(24, 22), end: at(25, 0) };
    expect(new URL(newEventUrl(0, 'x', late)).searchParams.get('dates')).toBe(
      '20261124T220000/20261125T000000',
    );
  });

  test('time zone named by the page: instants in UTC, weekly too', () => {
    const instant = { start: Date.UTC(2026, 10, 24, 23, 0), end: Date.UTC(2026, 10, 25, 0, 0) };
    const url = new URL(newEventUrl(0, 'x', instant, 'Asia/Tokyo', { weekly: true }));
    expect(url.searchParams.get('dates')).toBe('20261124T230000Z/20261125T000000Z');
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY');
  });
});
