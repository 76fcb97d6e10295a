import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { overrideWeek } from '../fixtures/override-week.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session, setWorkerClock } from './harness.ts';

// Extension globals, as seen inside `evaluate` in an extension page.
declare const chrome: {
  notifications: { getAll(): Promise<Record<string, boolean>> };
  tabs: { query(q: { url: string }): Promise<{ url?: string; pendingUrl?: string }[]> };
};

// The current week (so the badge, which shows the current week, counts it), with
// the worker's clock set to its Monday 10:00: Tuesday's block is ahead and it is
// working time, on whatever date and at whatever hour the test runs.
const MON = mondayOf();
const PATH = weekPath(MON);
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
const MONDAY_10 = new Date(y, m - 1, d, 10).getTime();
const ymd = MON.replaceAll('-', '');

const { events: EVENTS, culprit: CULPRIT, page: page } = overrideWeek(MON);
const BEFORE = page(EVENTS);
const AFTER = page([...EVENTS, CULPRIT]);

const RED = [140, 29, 24, 255]; // BADGE_COLORS.override, #8c1d18

let s: Session;
let calendar: Page;

/**
 * The addresses of the open Calendar tabs, as the browser has them. A tab the
 * extension opens can start loading before Playwright's routes attach to it,
 * and then shows Chrome's offline error page: its own URL is still the one opened.
 */
async function calendarTabUrls(): Promise<string[]> {
  const ext = await s.extensionPage();
  return ext.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://calendar.google.com/*' })).map(
      (t) => t.pendingUrl ?? t.url ?? '',
    ),
  );
}

async function notifications(): Promise<string[]> {
  const ext = await s.extensionPage();
  return Object.keys(await ext.evaluate(() => chrome.notifications.getAll()));
}

/** What the background stored: overrides and when the page was last read. */
async function stored() {
  const ext = await s.extensionPage();
  return ext.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('polarity');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const read = <T>(store: string, key?: string) =>
      new Promise<T>((ok) => {
        const os = db.transaction(store).objectStore(store);
        const r = key === undefined ? os.getAll() : os.get(key);
        r.onsuccess = () => ok(r.result as T);
      });
    const overrides =
      await read<{ state: string; minutesLost: number; cause: string }[]>('overrides');
    const status = await read<{ value: { at: number } } | undefined>('meta', 'status:0');
    db.close();
    return { overrides, readAt: status?.value.at };
  });
}

/** Waits until the background has stored a read of the page newer than `after`. */
async function readAfter(after: number | undefined) {
  await expect.poll(async () => (await stored()).readAt, { timeout: 10_000 }).not.toBe(after);
}

const toasts = (p: Page) => p.getByRole('region', { name: /^Innovation time taken:/ });

beforeAll(async () => {
  s = await launch();
  await setWorkerClock(s, MONDAY_10);
  calendar = await openCalendar(s, BEFORE, PATH);
  // The week as it was: 3 h execution, 2 h innovation.
  await waitForBadge(s, (b) => b.text === '40%');
});

afterAll(async () => {
  await s?.close();
});

test('a meeting added over an innovation block: one notification, one toast, a red badge', async () => {
  await setWorkerClock(s, MONDAY_10);
  await calendar.evaluate((html) => {
    // Calendar adds the new chip to Tuesday's column: take it from the page with it.
    const next = new DOMParser().parseFromString(html, 'text/html');
    const chip = [...next.querySelectorAll('[data-eventchip][data-eventid]')].find((c) =>
      c.textContent?.includes('Budget approvals'),
    )!;
    const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
    const column = document.querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!;
    column.appendChild(document.importNode(chip, true));
  }, AFTER);

  const badge = await waitForBadge(s, (b) => b.title.includes('override of innovation time open'));
  expect(badge.color).toEqual(RED);
  expect(badge.title).toContain('1 override of innovation time open');

  await expect.poll(notifications).toHaveLength(1);
  await expect(toasts(calendar).count()).resolves.toBe(1);
  const toast = toasts(calendar).first();
  expect(await toast.getAttribute('aria-label')).toBe(
    'Innovation time taken: Strategy offsite prep',
  );
  expect(await toast.textContent()).toContain('“Budget approvals” overlaps it: 45 min lost');
  expect((await stored()).overrides).toMatchObject([
    { cause: 'overlap', minutesLost: 45, state: 'open' },
  ]);
  await calendar.screenshot({ path: 'test-results/overrides-toast.png' });
  // Keyboard-reachable: focus stays in the toast, and keeps it up.
  await toast.getByRole('button', { name: 'Rebook' }).focus();
  await calendar.screenshot({ path: 'test-results/overrides-toast-focus.png' });
});

test('the same page in another tab, and reloaded, raises nothing new', async () => {
  // Keep the first tab's toast up (it stays while hovered) for the Rebook test.
  await toasts(calendar).first().hover();
  await setWorkerClock(s, MONDAY_10);
  const { readAt } = await stored();
  const other = await openCalendar(s, AFTER, PATH);
  await readAfter(readAt);
  const second = (await stored()).readAt;
  await other.reload();
  await readAfter(second);
  // Give a toast or notification time to arrive, if one were coming.
  await other.waitForTimeout(1000);
  expect(await notifications()).toHaveLength(1);
  expect(await toasts(other).count()).toBe(0);
  expect((await stored()).overrides).toHaveLength(1);
  await other.close();
});

test("Rebook opens Calendar's new-event page at the next free slot, and the override is dealt with", async () => {
  await setWorkerClock(s, MONDAY_10);
  const [tab] = await Promise.all([
    s.context.waitForEvent('page'),
    toasts(calendar).first().getByRole('button', { name: 'Rebook' }).click(),
  ]);
  // 45 minutes, same title, after the Ops review that runs until noon on Monday.
  const rebook = `https://calendar.google.com/calendar/u/0/r/eventedit?text=Strategy%20offsite%20prep&dates=${ymd}T120000/${ymd}T124500`;
  await expect
    .poll(async () => (await calendarTabUrls()).filter((u) => u.includes('/eventedit')))
    .toEqual([rebook]);
  if (!tab.url().startsWith('chrome-error:')) expect(tab.url()).toBe(rebook);
  await expect.poll(notifications).toEqual([]);
  await expect.poll(async () => (await stored()).overrides[0]?.state).toBe('rebooked');
  expect(await toasts(calendar).count()).toBe(0);
  const badge = await waitForBadge(s, (b) => !b.title.includes('overridden'));
  expect(badge.color).not.toEqual(RED);
  await tab.close();
});

test('no request leaves the machine', () => {
  const foreign = s.requests.filter((u) => !u.startsWith('https://calendar.google.com/'));
  expect(foreign).toEqual([]);
});
