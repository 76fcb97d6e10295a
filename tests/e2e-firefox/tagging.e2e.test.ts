import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import {
  chipShadow,
  eidsOf,
  INNOVATION_RGB,
  launch,
  waitForBadge,
  type Session,
} from './harness.ts';

// In Firefox: the popover's tag control driven by the keyboard alone. Its
// buttons live in the control's shadow root.
const MON = mondayOf();

// This week: 5 × 30 min standups + 120 min budget (execution), 120 min lab (innovation).
const THIS_WEEK: PageEvent[] = [
  ...[0, 1, 2, 3, 4].map((i): PageEvent => ({
    title: 'Standup',
    day: addDay(MON, i),
    start: '09:00',
    end: '09:30',
    recurring: true,
  })),
  { title: 'Budget review', day: addDay(MON, 1), start: '10:00', end: '12:00', rsvp: 'accepted' },
  { title: 'Prototype lab', day: addDay(MON, 2), start: '14:00', end: '16:00' },
];

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await launch();
  const html = buildWeekPage({
    lang: 'en',
    hour12: true,
    firstDay: MON,
    events: THIS_WEEK,
    openPopoverFor: 'Budget review',
  });
  page = await s.openCalendar(html, weekPath(MON));
});
afterAll(async () => {
  await s?.close();
});

/** What the tag control in the popover shows: each button's pressed state, the focused one, the reason. */
const control = () =>
  page.evaluate(() => {
    const root = document.querySelector('polarity-tag-control')?.shadowRoot;
    if (!root) return undefined;
    const buttons = [...root.querySelectorAll('button')];
    return {
      pressed: buttons
        .filter((b) => b.getAttribute('aria-pressed') === 'true')
        .map((b) => b.textContent),
      focused: root.activeElement?.textContent ?? null,
      reason: root.querySelector('.reason')?.textContent,
    };
  });

const focusButton = (name: string) =>
  page.evaluate((n) => {
    const root = document.querySelector('polarity-tag-control')!.shadowRoot!;
    [...root.querySelectorAll('button')].find((b) => b.textContent === n)!.focus();
  }, name);

test('the tag control, by keyboard: arrows move along it, Enter tags, the marker and badge follow', async () => {
  await expect.poll(control).toEqual({
    pressed: ['Execution', 'Auto'],
    focused: null,
    reason: 'Auto: no innovation keyword',
  });
  await waitForBadge(s, (b) => b.text === '31%'); // 120 / (270 + 120)
  const [budget] = await eidsOf(page, 'Budget review');
  expect(await chipShadow(page, budget!)).not.toContain(INNOVATION_RGB);

  await focusButton('Execution');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await control())?.focused).toBe('Innovation');
  await page.keyboard.press('Enter');
  await expect
    .poll(control)
    .toEqual({ pressed: ['Innovation'], focused: 'Innovation', reason: 'Tagged by you' });
  await expect.poll(() => chipShadow(page, budget!)).toContain(INNOVATION_RGB);
  await waitForBadge(s, (b) => b.text === '62%'); // 240 / 390

  // Left from Execution wraps round to Auto; Space takes the hand tag away.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await control())?.focused).toBe('Auto');
  await page.keyboard.press(' ');
  await expect.poll(async () => (await control())?.reason).toBe('Auto: no innovation keyword');
  await expect.poll(() => chipShadow(page, budget!)).not.toContain(INNOVATION_RGB);
  await waitForBadge(s, (b) => b.text === '31%');
});
