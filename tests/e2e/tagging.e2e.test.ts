import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { cssRgb } from '../support/colour.ts';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session, chipShadow } from './harness.ts';

// The week containing today, so the badge (which shows the current week) counts it.
const MON = mondayOf();
const PATH = weekPath(MON);

// Execution 5 × 30 min standups + 120 min budget; innovation 120 min prototype lab.
const EVENTS: PageEvent[] = [
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

const INNOVATION_RGB = cssRgb(MARKER_COLORS.innovation);

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await launch();
  const html = buildWeekPage({
    lang: 'en',
    hour12: true,
    firstDay: MON,
    events: EVENTS,
    openPopoverFor: 'Budget review',
  });
  page = await openCalendar(s, html, PATH);
});

afterAll(async () => {
  await s?.close();
});

/** Every chip whose hidden text names the title, in page order. */
const eidsOf = (title: string) =>
  page.evaluate(
    (t) =>
      [...document.querySelectorAll('[data-eventchip][data-eventid]')]
        .filter((c) => c.textContent?.includes(`, ${t},`))
        .map((c) => c.getAttribute('data-eventid')!),
    title,
  );

const shadowOf = (eid: string) => chipShadow(page, eid);

/** Calendar reuses the open dialog for the next chip: swap its event id and title. */
const reopenOn = (eid: string, title: string) =>
  page.evaluate(
    ([id, t]) => {
      const det = document.querySelector('[data-chips-dialog="true"] #xDetDlg')!;
      det.setAttribute('data-eventid', id);
      det.querySelector('#rAECCd')!.textContent = t;
    },
    [eid, title] as const,
  );

const button = (name: string) => page.getByRole('button', { name, exact: true });
const reason = () => page.locator('polarity-tag-control .reason');

test('the control shows the open event, and Innovation tags it: pressed, marker, badge', async () => {
  await expect.poll(() => button('Execution').getAttribute('aria-pressed')).toBe('true');
  expect(await button('Auto').getAttribute('aria-pressed')).toBe('true');
  expect(await button('Innovation').getAttribute('aria-pressed')).toBe('false');
  expect(await reason().textContent()).toBe('Auto: no innovation keyword');
  await waitForBadge(s, (b) => b.text === '31%'); // 120 / (270 + 120)

  const [budget] = await eidsOf('Budget review');
  expect(await shadowOf(budget!)).not.toContain(INNOVATION_RGB);

  await button('Innovation').click();
  await expect.poll(() => button('Innovation').getAttribute('aria-pressed')).toBe('true');
  expect(await button('Execution').getAttribute('aria-pressed')).toBe('false');
  expect(await button('Auto').getAttribute('aria-pressed')).toBe('false');
  expect(await reason().textContent()).toBe('Tagged by you');
  await expect.poll(() => shadowOf(budget!)).toContain(INNOVATION_RGB);
  await waitForBadge(s, (b) => b.text === '62%'); // 240 / 390
  const mark = await page
    .locator(`[data-eventchip][data-eventid="${budget}"]`)
    .getAttribute('data-polarity-mark');
  expect(mark).toBe('innovation');
});

test('the series option tags every instance of the series', async () => {
  const standups = await eidsOf('Standup');
  expect(new Set(standups).size).toBe(5);
  await reopenOn(standups[0]!, 'Standup');
  await expect.poll(() => reason().textContent()).toBe('Auto: no innovation keyword');
  await page.getByRole('radio', { name: 'All events in the series' }).check();
  await button('Innovation').click();
  await expect.poll(() => reason().textContent()).toBe('Series tag');
  for (const eid of standups) await expect.poll(() => shadowOf(eid)).toContain(INNOVATION_RGB);
  await waitForBadge(s, (b) => b.text === '100%');
});

test("reopening the popover on another chip shows that chip's state", async () => {
  const [lab] = await eidsOf('Prototype lab');
  await reopenOn(lab!, 'Prototype lab');
  await expect.poll(() => reason().textContent()).toBe("Auto: keyword 'prototype'");
  expect(await button('Innovation').getAttribute('aria-pressed')).toBe('true');
  expect(await button('Auto').getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByRole('radio').count()).toBe(0); // not recurring

  const [budget] = await eidsOf('Budget review');
  await reopenOn(budget!, 'Budget review');
  await expect.poll(() => reason().textContent()).toBe('Tagged by you');
  // Auto takes the hand tag away again.
  await button('Auto').click();
  await expect.poll(() => reason().textContent()).toBe('Auto: no innovation keyword');
  await waitForBadge(s, (b) => b.text === '69%'); // (150 + 120) / 390
  expect(await page.locator('polarity-tag-control').count()).toBe(1);
});

test('keys and clicks inside the control do not reach the page', async () => {
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'focusin']) {
      document.addEventListener(type, (e) => w.seen.push(`document ${e.type}`));
      window.addEventListener(type, (e) => w.seen.push(`window ${e.type}`));
      document
        .querySelector('[data-chips-dialog="true"]')!
        .addEventListener(type, (e) => w.seen.push(`dialog ${e.type}`));
    }
  });
  await button('Innovation').focus();
  await page.keyboard.press('c'); // Calendar's "create event" shortcut
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => button('Exclude').evaluate((b) => b.matches(':focus'))).toBe(true);
  await button('Exclude').click();
  await expect.poll(() => button('Exclude').getAttribute('aria-pressed')).toBe('true');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  // A key outside the control still reaches the page: the listeners work.
  await page.locator('#rAECCd').click();
  await page.keyboard.press('c');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain(
    'document keydown',
  );
});

test('the control comes back when Calendar re-renders the dialog, and never twice', async () => {
  await page.evaluate(() => document.querySelector('polarity-tag-control')?.remove());
  await expect.poll(() => page.locator('polarity-tag-control').count()).toBe(1);
  await page.evaluate(() => {
    const d = document.querySelector<HTMLElement>('[data-chips-dialog="true"]')!;
    d.style.display = 'none';
  });
  await expect.poll(() => page.locator('polarity-tag-control').count()).toBe(0);
  await page.evaluate(() => {
    const d = document.querySelector<HTMLElement>('[data-chips-dialog="true"]')!;
    d.style.display = '';
  });
  await expect.poll(() => page.locator('polarity-tag-control').count()).toBe(1);
  const dir = resolve(__dirname, '../../.output/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/tagging.png` });
});

test("the control follows Calendar's dark theme", async () => {
  await page.evaluate(() => {
    document.body.style.background = '#131314';
    const d = document.querySelector<HTMLElement>('[data-chips-dialog="true"]')!;
    d.style.background = '#282a2c';
    d.style.color = '#e3e3e3';
    d.style.display = 'none';
  });
  await expect.poll(() => page.locator('polarity-tag-control').count()).toBe(0);
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-chips-dialog="true"]')!.style.display = '';
  });
  await expect
    .poll(() => page.locator('polarity-tag-control').getAttribute('data-theme'))
    .toBe('dark');
  await page.screenshot({ path: resolve(__dirname, '../../.output/screenshots/tagging-dark.png') });
});

test('a rule added on the options page shows at once on the badge and the chips', async () => {
  const [lab] = await eidsOf('Prototype lab');
  expect(await shadowOf(lab!)).toContain(INNOVATION_RGB);
  await waitForBadge(s, (b) => b.text === '100%'); // standups (series tag) + lab; budget excluded

  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.getByLabel('Condition').selectOption('regex');
  await options.getByLabel('Regular expression').fill('(lab');
  await options.getByRole('button', { name: 'Add rule' }).click();
  await expect
    .poll(() => options.getByRole('alert').textContent())
    .toMatch(/^Not a valid regular expression/);
  await options.getByLabel('Regular expression').fill('\\blab$');
  await options.getByLabel('Then').selectOption('execution');
  await options.getByRole('button', { name: 'Add rule' }).click();
  await expect
    .poll(() => options.getByRole('listitem').first().textContent())
    .toContain('Rule 1: title matches /\\blab$/i');
  await options.getByLabel('Test a title').fill('Prototype lab');
  await expect
    .poll(() => options.locator('.test-result').textContent())
    .toBe('Execution · Rule 1: title matches /\\blab$/i');
  await options.screenshot({ path: resolve(__dirname, '../../.output/screenshots/options.png') });

  await waitForBadge(s, (b) => b.text === '56%'); // 150 / (120 + 150)
  await expect.poll(() => shadowOf(lab!)).not.toContain(INNOVATION_RGB);
  await reopenOn(lab!, 'Prototype lab');
  await expect.poll(() => reason().textContent()).toBe('Rule 1: title matches /\\blab$/i');
  await options.close();
});
