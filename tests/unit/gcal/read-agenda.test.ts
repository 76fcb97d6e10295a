// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { CalEvent } from '@/utils/shared/types';
import { daysBetween } from '@/utils/gcal/date-key';
import { readView } from '@/tests/support/read-view';
import { buildAgendaPage } from '../../fixtures/gcal-agenda-page';
import { WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { pageDom } from './page-dom';

const url = new URL('https://calendar.google.com/calendar/u/0/r/agenda/2026/11/23');
const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
const timed = (events: CalEvent[]) =>
  events
    .filter((e) => e.kind === 'timed')
    .map((e) => [e.day, e.title, hm(e.start), hm(e.end), e.declined])
    .sort();

describe('readView on the schedule view', () => {
  const doc = pageDom(buildAgendaPage(WEEK_EN_OPTIONS));
  const s = readView(doc, url, 0);

  test('the range is the rendered rows, all of it full', () => {
    expect(s).toMatchObject({ status: 'ok', view: 'agenda', partialDays: [] });
    expect(s.weekStartsOn).toBeUndefined();
    // Saturday has no rows, yet lies inside the listed range: it is known to be empty.
    expect(s.fullDays).toEqual(daysBetween('2026-11-23', '2026-11-29'));
  });

  test('reads the same timed events as the week view', async () => {
    const { buildWeekPage } = await import('../../fixtures/gcal-page');
    const week = readView(
      pageDom(buildWeekPage(WEEK_EN_OPTIONS)),
      new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/24'),
      0,
    );
    expect(timed(s.events)).toEqual(timed(week.events));
  });

  test('all-day rows, tasks and holidays are read but never timed', () => {
    const kinds = Object.fromEntries(
      s.events.filter((e) => e.kind !== 'timed').map((e) => [e.title, e.kind]),
    );
    expect(kinds).toEqual({
      'Thanksgiving Day': 'holiday',
      'Send thank-you notes': 'task',
      Home: 'working-location',
    });
  });

  test('a chip before any dated row has no day and is not read', () => {
    const lone = pageDom(
      buildAgendaPage({ ...WEEK_EN_OPTIONS, events: WEEK_EN_OPTIONS.events.slice(0, 2) }),
    );
    lone.querySelector('[data-datekey]')!.removeAttribute('data-datekey');
    const r = readView(lone, url, 0);
    expect(r.status).toBe('unreadable');
    expect(r.events).toEqual([]);
  });
});
