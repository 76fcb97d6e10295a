import { format } from 'date-fns';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { thisWeekPage } from '../fixtures/this-week.ts';
import { WEEK_EN_EXPECTED } from '../fixtures/week-en.ts';
import {
  launch,
  openCalendar,
  readBadge,
  stopServiceWorker,
  waitForBadge,
  type Session,
} from './harness.ts';

// The sample week, moved onto the current week: the badge always shows this week.
const week = thisWeekPage();
let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test('the badge shows the fixture week split', async () => {
  await openCalendar(s, week.html, week.path);
  const badge = await waitForBadge(s, (b) => b.text !== '');
  expect(badge.text).toBe(`${WEEK_EN_EXPECTED.splitPercent}%`);
  expect(badge.title).toContain('7 of 7 days seen');
  expect(badge.title).toContain('execution 67% (16 h)');
  expect(badge.title).not.toContain('\n');
});

test('a chip added to the page moves the badge', async () => {
  const page = s.context.pages().find((p) => p.url().includes('/r/week/'))!;
  const before = (await readBadge(s)).text;
  const [y, m, d] = week.monday.split('-').map(Number);
  const saturdayText = format(new Date(y!, m! - 1, d! + 5), 'MMMM d, yyyy');
  await page.evaluate((saturdayText) => {
    // Clone a real chip into Saturday as a new three-hour innovation event.
    const source = document.querySelector<HTMLElement>('[data-eventchip][data-eventid]')!;
    const saturday = document.querySelectorAll('[role=gridcell][data-column-index]')[5]!;
    const chip = source.cloneNode(true) as HTMLElement;
    const eid = btoa('addedbye2e jordan.lee@example.com').replace(/=+$/, '');
    chip.querySelectorAll('[data-eventid]').forEach((n) => n.setAttribute('data-eventid', eid));
    chip.setAttribute('data-eventid', eid);
    const title = 'Prototype spike';
    const hidden = [...chip.children].find((c) => c.getAttribute('aria-hidden') !== 'true')!;
    hidden.textContent = `10am to 1pm, ${title}, Jordan Lee, No location, ${saturdayText}`;
    chip.querySelectorAll('[aria-hidden=true] span').forEach((n) => (n.textContent = title));
    saturday.appendChild(chip);
  }, saturdayText);
  const after = await waitForBadge(s, (b) => b.text !== before);
  // 480 + 180 innovation of 960 + 660.
  expect(after.text).toBe('41%');
});

test('a stopped service worker wakes on the next edit and counts the whole stored week', async () => {
  const page = s.context.pages().find((p) => p.url().includes('/r/week/'))!;
  await stopServiceWorker(s);
  // Removing the chip added above needs the stored week to come back to 33%.
  await page.evaluate(() => {
    const eid = btoa('addedbye2e jordan.lee@example.com').replace(/=+$/, '');
    document.querySelector(`[data-eventchip][data-eventid="${eid}"]`)!.remove();
  });
  const after = await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
  expect(after.title).toContain('7 of 7 days seen');
});

test('after a browser restart the badge is restored from IndexedDB', async () => {
  const before = await readBadge(s);
  await s.close({ keepProfile: true });
  // A new browser starts with an empty badge: only the worker's restore can fill it.
  s = await launch({ userDataDir: s.userDataDir });
  const after = await waitForBadge(s, (b) => b.text !== '');
  expect(after.text).toBe(before.text);
  expect(after.title).toBe(before.title);
});

test('no request leaves the machine', () => {
  const foreign = s.requests.filter((u) => !u.startsWith('https://calendar.google.com/'));
  expect(foreign).toEqual([]);
});
