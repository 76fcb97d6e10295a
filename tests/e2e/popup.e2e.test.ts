import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, moveEvents, weekPath } from '../fixtures/this-week.ts';
import { WEEK_EN_EVENTS, WEEK_EN_EXPECTED, WEEK_EN_OPTIONS } from '../fixtures/week-en.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

// The fixture week on the week containing today, which the popup opens on.
const MON = mondayOf();
const PREV_MON = addDay(MON, -7);
const pathOf = (day: string) => weekPath(day);
const THIS_WEEK: PageEvent[] = moveEvents(WEEK_EN_EVENTS, WEEK_EN_OPTIONS.firstDay, MON);
// Last week: 6 h execution, 2 h innovation, 25%.
const LAST_WEEK: PageEvent[] = [
  { title: 'Ops review', day: PREV_MON, start: '09:00', end: '12:00' },
  { title: 'Customer escalation', day: addDay(PREV_MON, 1), start: '13:00', end: '16:00' },
  { title: 'Vision workshop', day: addDay(PREV_MON, 2), start: '10:00', end: '12:00' },
];

const OUT = resolve(__dirname, '../../test-results');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let s: Session;
let popup: Page;

async function openPopup(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 640 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

/**
 * axe-core run in the page itself. The popup's CSP (script-src 'self')
 * rightly refuses an inline script tag, so the source goes in through the
 * DevTools protocol instead, which CSP does not govern.
 */
async function axeViolations(page: Page) {
  await page.evaluate(`${axeSource}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
  });
}

async function until(ok: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > end) throw new Error('timed out waiting for the stored weeks');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Opens a section below the first screen, unless it is open already (the popup remembers). */
async function openFold(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
}

/** Opens (or closes) every section; one at a time, as each click changes the list. */
async function toggleAll(page: Page, expanded: 'true' | 'false') {
  const left = page.locator(`button[aria-expanded="${expanded}"]`);
  while ((await left.count()) > 0) await left.first().click();
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  const page = await openCalendar(
    s,
    buildWeekPage({ ...WEEK_EN_OPTIONS, firstDay: PREV_MON, events: LAST_WEEK }),
    pathOf(PREV_MON),
  );
  await openCalendar(
    s,
    buildWeekPage({ ...WEEK_EN_OPTIONS, firstDay: MON, events: THIS_WEEK }),
    pathOf(MON),
  );
  await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
  popup = await openPopup(s);
  // Both weeks were read before the popup is looked at.
  await until(() =>
    popup.evaluate(async () => {
      const r = await chrome.runtime.sendMessage({ type: 'getWeekReport', data: { offset: -1 } });
      return r?.state === 'week' && r.hasData;
    }),
  );
  await page.close();
  await popup.reload();
});

afterAll(async () => {
  await s?.close();
});

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<{ state: string; hasData: boolean }> };
  tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> };
};

test('the popup shows the badge’s percent, the daily chart, the blocks and the coverage', async () => {
  const badge = await waitForBadge(s, (b) => b.text !== '');
  await expect.poll(() => popup.getByTestId('split-percent').textContent()).toBe(badge.text);
  expect(await heading(popup).textContent()).toBe('This week');

  const bar = popup.getByRole('img', { name: /^Innovation 33%, execution 67%, target 20%/ });
  expect(await bar.isVisible()).toBe(true);
  for (const name of ['Day by day', 'Innovation blocks', 'After hours', 'Largest execution items'])
    await openFold(popup, name);
  await openFold(popup, 'Last 8 weeks');
  const chart = popup.getByRole('img', { name: /^Execution and innovation per day/ });
  const label = (await chart.getAttribute('aria-label'))!;
  expect(label).toContain('Mon execution 3 h, innovation 2 h');
  expect(label).toContain('Wed execution 5 h, innovation 2.5 h');
  expect(await chart.evaluate((n) => n.tagName)).toBe('svg');

  const blocks = popup.getByRole('region', { name: 'Innovation blocks' });
  const text = (await blocks.textContent())!;
  for (const title of ['Think time', 'Prototype review: onboarding flow', 'Vision memo draft']) {
    expect(text).toContain(title);
  }
  expect(await popup.getByTestId('coverage').textContent()).toBe('7 of 7 days seen');
  expect(await popup.getByRole('region', { name: 'After hours' }).textContent()).toContain(
    '1 h of 8 h innovation (13%)',
  );
  expect(await popup.getByRole('region', { name: 'Largest execution items' }).count()).toBe(1);
  expect(await popup.getByRole('region', { name: 'Last 8 weeks' }).count()).toBe(1);
});

test('week navigation: previous, back to this week, next, from the keyboard', async () => {
  await popup.getByRole('button', { name: 'Previous week' }).focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => heading(popup).textContent()).toBe('Last week');
  await expect.poll(() => popup.getByTestId('split-percent').textContent()).toBe('25%');
  expect(await popup.getByTestId('coverage').textContent()).toContain('7 of 7 days seen');

  await popup.getByRole('button', { name: 'Back to this week' }).focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => heading(popup).textContent()).toBe('This week');
  await expect.poll(() => popup.getByTestId('split-percent').textContent()).toBe('33%');

  await popup.getByRole('button', { name: 'Next week' }).focus();
  await popup.keyboard.press('Space');
  await expect.poll(() => heading(popup).textContent()).toBe('Next week');
  await popup.getByRole('heading', { name: 'Nothing seen for this week' }).waitFor();
  await popup.screenshot({ path: resolve(OUT, 'popup-no-data.png'), fullPage: true });
  const link = popup.getByRole('link', { name: 'Open this week in Google Calendar' });
  expect(await link.getAttribute('href')).toBe(
    `https://calendar.google.com${pathOf(addDay(MON, 7))}`,
  );

  await popup.getByRole('button', { name: 'Back to this week' }).click();
  await expect.poll(() => popup.getByTestId('split-percent').textContent()).toBe('33%');
});

test('the CSV export is a file named after the week with one row per event', async () => {
  await openFold(popup, 'Export');
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'This week as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^polarity-\d{4}-W\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('date,start,end,minutes,title,category,reason,counted,calendar');
  const titles = rows.slice(1).map((r) => r.split(',')[4]);
  expect(titles).toContain('Think time');
  expect(titles.filter((t) => t === 'Inbox & priorities')).toHaveLength(4);
  expect(rows.find((r) => r.includes('Vendor pitch'))).toContain('no (declined)');
  expect(rows.find((r) => r.includes('Vision memo draft'))).toMatch(
    /^\d{4}-\d\d-\d\d,20:00,21:00,60,Vision memo draft,innovation,/,
  );
  // Every timed event once (the overnight war room too), plus the all-day ones and the task.
  expect(rows.length - 1).toBe(WEEK_EN_EXPECTED.timedEvents + WEEK_EN_EXPECTED.allDayChips + 1);
  expect(await popup.getByRole('status').last().textContent()).toBe(
    `Saved ${download.suggestedFilename()}`,
  );
});

test('the JSON export holds every stored day, with its format version', async () => {
  await openFold(popup, 'Export');
  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'All data as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^polarity-\d{4}-W\d{2}-data\.json$/);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(data).toMatchObject({ format: 'polarity-data', version: 2 });
  expect(data.days).toHaveLength(14);
  expect(data.settings.targetPercent).toBe(20);
});

test.each(['light', 'dark'] as const)(
  'no accessibility violations, and a screenshot, in the %s theme',
  async (colorScheme) => {
    await popup.emulateMedia({ colorScheme });
    await popup.reload();
    await popup.getByTestId('split-percent').waitFor();
    // As the user first sees it, with keyboard focus on the first control to show its ring.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Previous week',
    );
    await popup.screenshot({ path: resolve(OUT, `popup-${colorScheme}.png`), fullPage: true });
    // Every section open: the text equivalents are part of the page too.
    await toggleAll(popup, 'false');
    for (const summary of await popup.locator('summary').all()) await summary.click();
    expect(await axeViolations(popup)).toEqual([]);
  },
);

test('no request leaves the machine', () => {
  const foreign = s.requests.filter((u) => !u.startsWith('https://calendar.google.com/'));
  expect(foreign).toEqual([]);
});

test('first run: how to start, accessible, in both themes', async () => {
  const fresh = await launch();
  try {
    const page = await openPopup(fresh);
    await page.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(OUT, `popup-first-run-${colorScheme}.png`) });
    }
    await page.getByRole('button', { name: 'Open Google Calendar' }).click();
    // A tab the extension opens escapes the test's routing, so ask the browser where it went.
    const worker = await fresh.worker();
    await until(() =>
      worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        return tabs.some((t) =>
          (t.pendingUrl ?? t.url ?? '').startsWith(
            'https://calendar.google.com/calendar/u/0/r/week',
          ),
        );
      }),
    );
  } finally {
    await fresh.close();
  }
});
