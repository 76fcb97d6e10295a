// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readView } from '@/tests/support/read-view';
import { validZone, zonedTime } from '@/utils/gcal/zoned-time';
import { countWeek } from '@/utils/domain/week/count-week';
import { weekRange } from '@/utils/domain/week/week-range';
import { buildWeekPage } from '../../fixtures/gcal-page';
import { pageDom } from './page-dom';

// The browser in Berlin; the Calendar account in New York. Restored after,
// as other files in this worker expect the machine's zone.
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

const utc = (s: string) => Date.parse(`${s}Z`);

describe('zonedTime', () => {
  test('places wall-clock times in the named zone, on both sides of a DST change', () => {
    // US clocks go forward on Sunday 2026-03-08.
    expect(zonedTime('America/New_York', 2026, 3, 7, 10, 0)).toBe(utc('2026-03-07T15:00:00'));
    expect(zonedTime('America/New_York', 2026, 3, 8, 10, 0)).toBe(utc('2026-03-08T14:00:00'));
    expect(zonedTime('Asia/Kolkata', 2026, 3, 8, 9, 30)).toBe(utc('2026-03-08T04:00:00'));
  });

  test('a time skipped by spring-forward lands after the gap; a repeated one takes the first', () => {
    expect(zonedTime('America/New_York', 2026, 3, 8, 2, 30)).toBe(utc('2026-03-08T07:30:00'));
    expect(zonedTime('America/New_York', 2026, 11, 1, 1, 30)).toBe(utc('2026-11-01T05:30:00'));
  });

  test('only real IANA names are zones', () => {
    expect(validZone('America/New_York')).toBe('America/New_York');
    expect(validZone('(GMT-05:00) Eastern Time - New York')).toBeUndefined();
    expect(validZone('Not/AZone')).toBeUndefined();
    expect(validZone('')).toBeUndefined();
  });
});

describe('an account zone other than the browser zone', () => {
  const page = (label: string) =>
    pageDom(
      buildWeekPage({
        lang: 'en',
        hour12: true,
        firstDay: '2026-03-02',
        timezone: { label, utcOffsetMinutes: -300 },
        events: [
          { title: 'Sat sync', day: '2026-03-07', start: '10:00', end: '11:00' },
          { title: 'Sun prototype', day: '2026-03-08', start: '10:00', end: '12:00' },
          { title: 'Late strategy', day: '2026-03-08', start: '20:00', end: '21:00' },
        ],
      }),
    );
  const url = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/3/2');

  test('events are placed in the account zone named by the page', () => {
    const s = readView(page('America/New_York'), url, 1);
    expect(s.timeZone).toBe('America/New_York');
    const at = Object.fromEntries(s.events.map((e) => [e.title, [e.start, e.end]]));
    expect(at['Sat sync']).toEqual([utc('2026-03-07T15:00:00'), utc('2026-03-07T16:00:00')]);
    // After the US change, before the European one: six hours apart, not five.
    expect(at['Sun prototype']).toEqual([utc('2026-03-08T14:00:00'), utc('2026-03-08T16:00:00')]);
  });

  test('the week is counted in the browser zone: Sunday 20:00 in New York is Monday in Berlin', () => {
    const s = readView(page('America/New_York'), url, 1);
    const week = weekRange(new Date(2026, 2, 4), 1);
    const events = s.events.map((e) => ({
      ...e,
      category: e.title.includes('sync') ? ('execution' as const) : ('innovation' as const),
    }));
    const count = countWeek(events, week);
    expect(count.executionMin).toBe(60);
    expect(count.innovationMin).toBe(120); // the 20:00 strategy block falls in the next week here
  });

  test('a label that names no IANA zone leaves times in the browser zone', () => {
    const s = readView(page('(GMT-05:00) Eastern Time - New York'), url, 1);
    expect(s.timeZone).toBeUndefined();
    const sat = s.events.find((e) => e.title === 'Sat sync')!;
    expect(sat.start).toBe(new Date(2026, 2, 7, 10, 0).getTime());
  });
});

test('a daylight-saving change inside the week: 7 calendar days, real minutes', () => {
  // Berlin's clocks go forward on Sunday 2026-03-29 at 02:00.
  const week = weekRange(new Date(2026, 2, 25), 1);
  expect(week.days).toHaveLength(7);
  expect(week.end - week.start).toBe(7 * 86_400_000 - 3_600_000);
  const night = {
    start: new Date(2026, 2, 29, 1, 0).getTime(),
    end: new Date(2026, 2, 29, 4, 0).getTime(),
    declined: false,
    category: 'innovation' as const,
  };
  expect(countWeek([night], week).innovationMin).toBe(120);
});
