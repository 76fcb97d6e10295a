// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CalEvent } from '@/utils/shared/types';
import { readView } from '@/tests/support/read-view';
import { daysBetween } from '@/utils/gcal/date-key';
import { buildMonthPage } from '../../fixtures/gcal-month-page';
import { MONTH_EN_PARTIAL_DAYS, MONTH_EN_URL } from '../../fixtures/pages';
import { MONTH_EN_OPTIONS } from '../../fixtures/month-en';
import { committedPage, pageDom } from './page-dom';

const url = new URL(MONTH_EN_URL);
const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const rows = (events: CalEvent[], title: string) =>
  events.filter((e) => e.title === title).map((e) => [e.day, e.kind, hm(e.start), hm(e.end)]);

describe('readView on the month view', () => {
  const s = readView(pageDom(committedPage('month-en.html')), url, 0);

  test('every day of the grid; days behind "N more" are partial', () => {
    expect(s).toMatchObject({ status: 'ok', view: 'month', weekStartsOn: 1 });
    const all = daysBetween('2026-10-26', '2026-12-06');
    expect([...s.fullDays, ...s.partialDays].sort()).toEqual(all);
    expect(s.partialDays).toEqual(MONTH_EN_PARTIAL_DAYS);
  });

  test('chips are placed by their share of the week row', () => {
    expect(rows(s.events, 'Board meeting')).toEqual([['2026-11-03', 'timed', '10:00', '12:00']]);
    expect(rows(s.events, 'Customer visit, Denver')).toEqual([
      ['2026-11-19', 'timed', '09:00', '11:30'],
    ]);
    expect(rows(s.events, 'Vision memo draft')).toEqual([
      ['2026-11-29', 'timed', '20:00', '21:00'],
    ]);
    expect(rows(s.events, 'Demo day prep')).toEqual([['2026-12-02', 'timed', '11:00', '12:00']]);
  });

  test('a multi-day all-day bar is one all-day event per day', () => {
    expect(rows(s.events, 'Leadership offsite')).toEqual([
      ['2026-11-16', 'allday', '00:00', '00:00'],
      ['2026-11-17', 'allday', '00:00', '00:00'],
      ['2026-11-18', 'allday', '00:00', '00:00'],
    ]);
  });

  test('holidays, working locations and tasks keep their kinds', () => {
    expect(rows(s.events, 'Thanksgiving Day')[0]?.[1]).toBe('holiday');
    expect(rows(s.events, 'Home')[0]?.[1]).toBe('working-location');
    expect(rows(s.events, 'Send thank-you notes')[0]?.[1]).toBe('task');
  });

  test('chips hidden behind "N more" are not invented', () => {
    expect(rows(s.events, 'Vendor pitch')).toEqual([]);
    expect(s.events.filter((e) => e.day === '2026-11-24')).toHaveLength(4);
  });
});

describe('month edge cases', () => {
  const base = { ...MONTH_EN_OPTIONS, maxPerCell: 9 };

  test('an event crossing midnight, drawn on its first day only, gets both days', () => {
    const html = buildMonthPage({
      ...base,
      events: [{ title: 'Launch war room', day: '2026-11-24', start: '23:00', end: '01:00' }],
    });
    const s = readView(pageDom(html), url, 0);
    expect(rows(s.events, 'Launch war room')).toEqual([
      ['2026-11-24', 'timed', '23:00', '00:00'],
      ['2026-11-25', 'timed', '00:00', '01:00'],
    ]);
  });

  test('without dates in the text, a crossing event still gets its next day', () => {
    const doc = pageDom(
      buildMonthPage({
        ...base,
        events: [{ title: 'Late call', day: '2026-11-24', start: '22:00', end: '23:00' }],
      }),
    );
    doc.querySelector('[data-eventchip] .XuJrye')!.textContent =
      '11pm to 1am, Late call, Jordan Lee, No location, November 24, 2026';
    const s = readView(doc, url, 0);
    expect(rows(s.events, 'Late call')).toEqual([
      ['2026-11-24', 'timed', '23:00', '00:00'],
      ['2026-11-25', 'timed', '00:00', '01:00'],
    ]);
  });

  test('a timed event of a day or more counts as all-day', () => {
    const doc = pageDom(
      buildMonthPage({
        ...base,
        events: [{ title: 'Conference', day: '2026-11-16', lastDay: '2026-11-18', allDay: true }],
      }),
    );
    doc.querySelector('[data-eventchip] .XuJrye')!.textContent =
      'November 16, 2026 at 9am to November 18, 2026 at 5pm, Conference, Jordan Lee, No location, ';
    const s = readView(doc, url, 0);
    expect(rows(s.events, 'Conference').map((r) => r[1])).toEqual(['allday', 'allday', 'allday']);
  });

  test('custom weeks read like a month', () => {
    const html = buildMonthPage({
      ...base,
      monthView: 'customweek',
      firstDay: '2026-11-23',
      weeks: 2,
    });
    const s = readView(
      pageDom(html),
      new URL('https://calendar.google.com/calendar/u/0/r/customweek/2026/11/24'),
      0,
    );
    expect(s).toMatchObject({ status: 'ok', view: 'customweek', partialDays: [] });
    expect(s.fullDays).toEqual(daysBetween('2026-11-23', '2026-12-06'));
  });

  test('gibberish chips: unreadable, with the reason', () => {
    const doc = pageDom(committedPage('month-en.html'));
    for (const el of doc.querySelectorAll('[data-eventchip] .XuJrye')) el.textContent = 'zz, yy';
    const s = readView(doc, url, 0);
    expect(s.status).toBe('unreadable');
    expect(s.reason).toMatch(/^can't read this view: \d+ event chips found, none readable$/);
  });
});
