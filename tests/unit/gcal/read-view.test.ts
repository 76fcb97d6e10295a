// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CalEvent } from '@/utils/shared/types';
import { readView } from '@/tests/support/read-view';
import { EVENT_CHIP } from '@/utils/gcal/selectors';
import { WEEK_EN_EXPECTED } from '../../fixtures/pages';
import { WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const week = () => pageDom(committedPage('week-en.html'));
const byTitle = (events: CalEvent[], title: string) => events.filter((e) => e.title === title);

describe('readView on the sample week (en, 12-hour)', () => {
  const doc = week();
  const s = readView(doc, WEEK_URL, 1234);

  test('reads the whole week', () => {
    expect(s).toMatchObject({
      status: 'ok',
      view: 'week',
      account: 0,
      lang: 'en',
      weekStartsOn: 1,
      readAt: 1234,
    });
    expect(s.fullDays).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(s.partialDays).toEqual([]);
    expect(s.reason).toBeUndefined();
  });

  test('one event per chip and day: resize handles are not chips', () => {
    const timed = s.events.filter((e) => e.kind === 'timed');
    expect(timed).toHaveLength(WEEK_EN_EXPECTED.timedChips);
    expect(new Set(timed.map((e) => e.eid)).size).toBe(WEEK_EN_EXPECTED.timedEvents);
    // Every timed chip has a resize handle with the same id; a task also its mark-complete button.
    const handles = doc.querySelectorAll('[data-eventid][data-dragsource-type="3"]');
    expect(handles.length).toBe(WEEK_EN_EXPECTED.timedChips + WEEK_EN_EXPECTED.taskChips);
    const buttons = doc.querySelectorAll('[data-eventid][aria-label="Mark complete"]');
    expect(buttons.length).toBe(WEEK_EN_EXPECTED.taskChips);
    const keys = s.events.map((e) => `${e.eid}|${e.day}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('times come from the hidden text, dates from the column', () => {
    const [sam] = byTitle(s.events, '1:1 with Sam');
    expect(sam).toMatchObject({
      day: '2026-11-23',
      rsvp: 'accepted',
      hasGuests: true,
      declined: false,
    });
    expect(sam!.start).toBe(new Date(2026, 10, 23, 10, 30).getTime());
    expect(sam!.end).toBe(new Date(2026, 10, 23, 11, 0).getTime());
  });

  test('a title with commas is whole', () => {
    const [ev] = byTitle(s.events, 'Hiring sync, Q1 plan, budget');
    expect(ev).toBeDefined();
    expect([hm(ev!.start), hm(ev!.end)]).toEqual(['14:00', '15:00']);
  });

  test('declined comes from the RSVP field', () => {
    expect(s.events.filter((e) => e.declined).map((e) => e.title)).toEqual(['Vendor pitch']);
    expect(byTitle(s.events, 'Customer escalation: Acme')[0]).toMatchObject({
      rsvp: 'needs-rsvp',
      declined: false,
    });
    expect(byTitle(s.events, 'Think time')[0]).toMatchObject({ hasGuests: false });
  });

  test('an event crossing midnight is split at midnight, one piece per day', () => {
    const pieces = byTitle(s.events, 'Launch war room');
    expect(pieces.map((e) => [e.day, hm(e.start), hm(e.end)])).toEqual([
      ['2026-11-24', '23:00', '00:00'],
      ['2026-11-25', '00:00', '01:00'],
    ]);
    expect(pieces[0]!.end).toBe(new Date(2026, 10, 25).getTime());
    expect(pieces[0]!.eid).toBe(pieces[1]!.eid);
  });

  test('tasks and all-day events are read but never timed', () => {
    expect(byTitle(s.events, 'Send thank-you notes')[0]).toMatchObject({
      kind: 'task',
      day: '2026-11-26',
    });
    expect(byTitle(s.events, 'Thanksgiving Day')[0]).toMatchObject({
      kind: 'holiday',
      day: '2026-11-26',
      calendarId: 'en.usa#holiday@group.v.calendar.google.com',
      calendarName: 'Holidays in United States',
      start: new Date(2026, 10, 26).getTime(),
      end: new Date(2026, 10, 27).getTime(),
    });
    expect(byTitle(s.events, 'Home')[0]).toMatchObject({
      kind: 'working-location',
      day: '2026-11-27',
    });
  });

  test('ids, series and calendars', () => {
    const inbox = byTitle(s.events, 'Inbox & priorities');
    expect(inbox).toHaveLength(4);
    expect(new Set(inbox.map((e) => e.seriesId)).size).toBe(1);
    expect(new Set(inbox.map((e) => e.id)).size).toBe(4);
    expect(inbox[0]!.id).toMatch(/_20261123T133000Z$/);
    expect(inbox[0]!.calendarId).toBe('jordan.lee@example.com');
    expect(byTitle(s.events, 'Daily standup')[0]).toMatchObject({
      calendarId: 'c_3kq2v8leadership0m1@group.calendar.google.com',
      calendarName: 'Leadership',
    });
  });

  test('colours: the event swatch, else the chip fill or border', () => {
    expect(byTitle(s.events, 'Think time')[0]).toMatchObject({
      color: 'rgb(246, 191, 38)',
      colorName: 'Banana',
    });
    expect(byTitle(s.events, 'Ops metrics review')[0]).toMatchObject({
      color: 'rgb(142, 36, 170)',
      colorName: 'Team Meetings',
    });
    expect(byTitle(s.events, 'Budget approvals')[0]!.color).toBe('rgb(11, 128, 67)');
    expect(byTitle(s.events, 'Vendor pitch')[0]!.color).toBe('rgb(3, 155, 229)');
  });

  test('chips are found by their stable attributes only', () => {
    expect(doc.querySelectorAll(EVENT_CHIP)).toHaveLength(
      WEEK_EN_EXPECTED.timedChips + WEEK_EN_EXPECTED.taskChips + WEEK_EN_EXPECTED.allDayChips,
    );
    for (const el of doc.querySelectorAll('.XuJrye')) el.removeAttribute('class');
    for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
    expect(readView(doc, WEEK_URL, 1234)).toEqual(s);
  });
});

describe('readView in other languages', () => {
  const en = readView(week(), WEEK_URL, 0);
  const shape = (events: CalEvent[]) =>
    events
      .filter((e) => e.kind === 'timed')
      .map((e) => [e.day, e.title, hm(e.start), hm(e.end), e.declined])
      .sort();

  test('en-GB, 24-hour clock: the same week', () => {
    const gb = readView(pageDom(committedPage('week-en-gb-24h.html')), WEEK_URL, 0);
    expect(gb).toMatchObject({ status: 'ok', lang: 'en-GB', partialDays: [] });
    expect(shape(gb.events)).toEqual(shape(en.events));
  });

  test.each(['week-de.html', 'week-ja.html'])('%s: every timed event of the week', (file) => {
    const s = readView(pageDom(committedPage(file)), WEEK_URL, 0);
    expect(s.status).toBe('ok');
    expect(s.partialDays).toEqual([]);
    const page = file === 'week-de.html' ? 'de' : 'ja';
    const expected = shape(en.events).filter((row) => page === 'ja' || row[4] === false);
    expect(shape(s.events)).toEqual(expected);
  });

  test('Japanese RSVP words', () => {
    const ja = readView(pageDom(committedPage('week-ja.html')), WEEK_URL, 0);
    expect(byTitle(ja.events, 'Vendor pitch')[0]).toMatchObject({
      declined: true,
      rsvp: 'declined',
    });
  });

  test('the day view', async () => {
    const { buildWeekPage } = await import('../../fixtures/gcal-page');
    const html = buildWeekPage({
      ...WEEK_EN_OPTIONS,
      view: 'day',
      days: 1,
      firstDay: '2026-11-25',
    });
    const url = new URL('https://calendar.google.com/calendar/u/1/r/day/2026/11/25');
    const s = readView(pageDom(html), url, 0);
    expect(s).toMatchObject({ status: 'ok', view: 'day', account: 1, fullDays: ['2026-11-25'] });
    expect(s.weekStartsOn).toBeUndefined();
    // Only the tail of the war room is on this page: it starts at the column's top.
    expect(
      byTitle(s.events, 'Launch war room').map((e) => [e.day, hm(e.start), hm(e.end)]),
    ).toEqual([['2026-11-25', '00:00', '01:00']]);
    expect(s.events.filter((e) => e.kind === 'timed')).toHaveLength(9);
  });
});
