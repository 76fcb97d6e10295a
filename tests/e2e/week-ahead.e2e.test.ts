import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildWeekPage } from '../fixtures/gcal-page.ts';
import { plannedWeek } from '../fixtures/planned-week.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { WEEK_EN_OPTIONS } from '../fixtures/week-en.ts';
import {
  CALENDAR,
  launch,
  openCalendar,
  setWorkerClock,
  waitForBadge,
  type Session,
} from './harness.ts';

// The planned week on the week containing today, seen from its Monday 08:00:
// the whole week is ahead, whatever day the test runs.
const MON = mondayOf();
const [y, m, d] = MON.split('-').map(Number);
const MONDAY_8 = new Date(y!, m! - 1, d!, 8).getTime();
const FRIDAY = new Date(y!, m! - 1, d! + 4);
const ymd = (t: Date) =>
  `${t.getFullYear()}${String(t.getMonth() + 1).padStart(2, '0')}${String(t.getDate()).padStart(2, '0')}`;

let s: Session;
let popup: Page;

beforeAll(async () => {
  s = await launch();
  await setWorkerClock(s, MONDAY_8);
  await openCalendar(
    s,
    buildWeekPage({ ...WEEK_EN_OPTIONS, firstDay: MON, events: plannedWeek(MON) }),
    weekPath(MON),
  );
  await waitForBadge(s, (b) => b.text === '3%');
  popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
});

test('the first screen: this week planned, the gap, and the longest slot', async () => {
  const glance = popup.getByTestId('first-screen').getByTestId('plan-glance');
  await expect.poll(() => glance.textContent()).toContain('Book 7 h more to reach 20%.');
  expect(await glance.getByRole('button').count()).toBe(1);
  // The whole plan is the first section, opened on demand.
  const fold = popup.getByRole('button', { name: 'Week ahead', exact: true });
  expect(await fold.getAttribute('aria-expanded')).toBe('false');
  await fold.click();
  await popup.getByTestId('plan-this').waitFor();
});

afterAll(async () => {
  await s?.close();
});

test('the badge title tells the planned split and the gap; the badge text stays the split', async () => {
  const badge = await waitForBadge(s, (b) => b.title.includes('planned'));
  expect(badge.text).toBe('3%');
  expect(badge.title).toContain('; planned 3%: book 7 h more to reach 20%');
});

test('a planned week below target shows the gap and slots in working hours', async () => {
  const week = popup.getByTestId('plan-this');
  await expect
    .poll(() => week.getByTestId('gap').textContent())
    .toBe('Book 7 h more to reach 20%.');
  expect(await week.textContent()).toContain('Planned split: 3% innovation · target 20%');
  const slots = popup.getByRole('list', { name: 'This week: Free slots in working hours' });
  expect(await slots.getByRole('button').count()).toBe(3);
});

test("following a slot's button opens Calendar's new-event page, prefilled", async () => {
  const slots = popup.getByRole('list', { name: 'This week: Free slots in working hours' });
  const opened = s.context.waitForEvent('page');
  await slots.getByRole('button').first().click();
  const page = await opened;
  await page.waitForURL((u) => u.href.startsWith(CALENDAR));
  const url = new URL(page.url());
  expect(url.pathname).toBe('/calendar/u/0/r/eventedit');
  expect(url.searchParams.get('text')).toBe('Innovation time');
  expect(url.searchParams.get('dates')).toBe(`${ymd(FRIDAY)}T090000/${ymd(FRIDAY)}T120000`);
  expect(url.searchParams.has('recur')).toBe(false);
  await page.close();

  await popup.getByRole('checkbox', { name: 'Repeat every week' }).check();
  const weekly = s.context.waitForEvent('page');
  await slots.getByRole('button').first().click();
  const second = await weekly;
  await second.waitForURL((u) => u.href.startsWith(CALENDAR));
  const repeated = new URL(second.url());
  expect(repeated.searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY');
  expect(repeated.searchParams.get('dates')).toBe(`${ymd(FRIDAY)}T090000/${ymd(FRIDAY)}T120000`);
  // Nothing else left the browser: the calendar pages only.
  expect(s.requests.filter((r) => !r.startsWith(`${CALENDAR}/`))).toEqual([]);
});
