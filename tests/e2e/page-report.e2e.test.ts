import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, OWNER } from '../fixtures/gcal-page.ts';
import { REAL_WEEK_EVENTS, REAL_WEEK_OPTIONS } from '../fixtures/real-week.ts';
import { REDESIGNS } from '../fixtures/redesign.ts';
import { mondayOf, moveEvents, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

// The real-shapes week on the week containing today, which the popup opens on.
const MON = mondayOf();
const PATH = weekPath(MON);
const WEEK = buildWeekPage({
  ...REAL_WEEK_OPTIONS,
  firstDay: MON,
  events: moveEvents(REAL_WEEK_EVENTS, REAL_WEEK_OPTIONS.firstDay, MON),
  shapes: { ...REAL_WEEK_OPTIONS.shapes, rollover: { day: addDay(MON, 3), count: 3 } },
});
// The same page after Google renamed the day columns' index.
const REDESIGNED = REDESIGNS.find((r) => r.hook === 'data-column-index')!.apply(WEEK);
const OUT = resolve(__dirname, '../../test-results');

let s: Session;
let calendar: Page;

async function openPopup(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 720 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return page;
}

/** The JSON file a click in the popup saves. */
async function savedReport(popup: Page) {
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'Save a page report' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^polarity-page-report-week-\d{4}-\d\d-\d\d\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  return { text, report: JSON.parse(text) };
}

/** Every title, name, address and event id the calendar page holds. */
async function secrets(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-eventid]')]
      .map((e) => e.getAttribute('data-eventid')!)
      .filter((id) => id !== 'tasks_rollover_view'),
  );
  const titles = REAL_WEEK_EVENTS.map((e) => e.title.trim());
  return [...new Set([...ids, ...titles, OWNER.name, OWNER.email])];
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  calendar = await openCalendar(s, WEEK, PATH);
  // Every timed minute is execution by default: time blocks count, at 0% innovation.
  await waitForBadge(s, (b) => b.text === '0%');
});

afterAll(async () => {
  await s?.close();
});

test('what Polarity read, from the popup, and a page report with no title, name or id', async () => {
  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Show what Polarity read' }).click();
  await popup.getByRole('heading', { name: 'What Polarity read' }).waitFor();
  expect(await popup.getByTestId('read-verdict').textContent()).toBe(
    'Read the week view: 5 events counted.',
  );
  expect(await popup.getByTestId('chips-found').textContent()).toBe('9');
  expect(await popup.getByTestId('not-counted').textContent()).toBe(
    '1 declined, 2 tasks, 1 all-day',
  );
  await popup.screenshot({ path: resolve(OUT, 'popup-what-polarity-read.png'), fullPage: true });

  const { text, report } = await savedReport(popup);
  expect(report).toMatchObject({ format: 'polarity-page-report', version: 1 });
  expect(report.reading).toMatchObject({ status: 'ok', chipsFound: 9, unreadableChips: 0 });
  expect(report.page.counts).toMatchObject({ chips: 9, columns: 7 });
  const leaked = (await secrets(calendar)).filter((x) => text.includes(x));
  expect(leaked).toEqual([]);
  expect(await popup.getByRole('status').last().textContent()).toMatch(
    /^Saved polarity-page-report-week-/,
  );
});

test("a redesigned page: the badge says it can't read it, once, and the popup shows why", async () => {
  s.serve(REDESIGNED);
  await calendar.reload();
  const badge = await waitForBadge(s, (b) => b.text === '?');
  expect(badge.title).toBe(
    "Polarity: can't read this view: 9 event chips found, but no day columns " +
      '(grid cells: 14, day columns: 0, dated elements: 14, rows: 2). Stored figures are unchanged.',
  );
  const popup = await openPopup();
  const alert = popup.getByRole('alert');
  await alert.waitFor();
  // The figures already stored stay on screen under the alert.
  expect(await popup.getByTestId('split-percent').textContent()).toBe('0%');
  await popup.screenshot({ path: resolve(OUT, 'popup-unreadable.png') });
  await alert.getByRole('button', { name: 'Show what Polarity read' }).click();
  expect(await popup.getByTestId('read-verdict').textContent()).toMatch(
    /^Can't read this view: 9 event chips found, but no day columns/,
  );
  expect(await popup.getByTestId('chips-unread').textContent()).toBe('9');
  await popup.screenshot({
    path: resolve(OUT, 'popup-what-polarity-read-unreadable.png'),
    fullPage: true,
  });
  const { text, report } = await savedReport(popup);
  expect(report.reading).toMatchObject({ status: 'unreadable', chipsFound: 9 });
  // The renamed hook is there to see, under its new name.
  expect(text).toContain('"data-col": "‹number›"');
  expect((await secrets(calendar)).filter((x) => text.includes(x))).toEqual([]);
});
