import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { overrideWeek } from '../fixtures/override-week.ts';
import { addDay } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, type ExtensionPage, type Session } from './harness.ts';

// In Firefox: a meeting booked over an innovation block raises the toast on
// the page and a notification, and the notification's close, which Firefox
// reports as the user's whatever closed it, does not dismiss the nudge
// (utils/background/browser-differences.ts).

// Next week, so the innovation block is ahead at whatever hour the test runs.
const NEXT = addDay(mondayOf(), 7);
const { events: EVENTS, culprit: CULPRIT, page: weekOf } = overrideWeek(NEXT);

let s: Session;
let ext: ExtensionPage;
let calendar: Page;

// The add-on's API inside `evaluate` in an extension page (through globalThis:
// the test transform takes a bare `browser` for WXT's).
type Notifications = {
  getAll(): Promise<object>;
  clear(id: string): Promise<boolean>;
  onClosed: { addListener(f: (id: string, byUser: boolean) => void): void };
};
type AddonGlobal = { browser: { notifications: Notifications }; closes?: [string, boolean][] };

beforeAll(async () => {
  s = await launch();
  ext = await s.extensionPage();
  await ext.evaluate(() => {
    const g = globalThis as unknown as AddonGlobal;
    g.closes = [];
    g.browser.notifications.onClosed.addListener((id, byUser) => g.closes!.push([id, byUser]));
  });
});
afterAll(async () => {
  await s?.close();
});

/** Toast cards on the page, in any shadow root: their names and texts. */
const toasts = (p: Page) =>
  p.evaluate(() => {
    const found: { name: string; text: string }[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const name = el.getAttribute('aria-label') ?? '';
        if (name.startsWith('Innovation time taken:')) {
          found.push({ name, text: el.textContent ?? '' });
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });

/** The stored days and overrides. */
const stored = () =>
  ext.evaluate(
    () =>
      new Promise<{ days: string[]; overrides: { state: string; minutesLost: number }[] }>(
        (ok, fail) => {
          const open = indexedDB.open('polarity');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['days', 'overrides']);
            const days = tx.objectStore('days').getAll();
            const overrides = tx.objectStore('overrides').getAll();
            tx.oncomplete = () => {
              open.result.close();
              ok({
                days: (days.result as { day: string }[]).map((d) => d.day),
                overrides: overrides.result as { state: string; minutesLost: number }[],
              });
            };
          };
        },
      ),
  );

test('the options page turns quiet hours off: nudges at any hour, whenever the test runs', async () => {
  const quiet = () =>
    ext.evaluate(
      () =>
        document.querySelector<HTMLInputElement>('#nudge-quietOutsideWorkingHours')?.checked ??
        null,
    );
  await expect.poll(quiet).toBe(true); // the options page has its settings
  await ext.evaluate(() => document.getElementById('nudge-quietOutsideWorkingHours')!.click());
  await expect
    .poll(() => ext.evaluate(() => document.body.textContent?.includes('Nudges come at any hour.')))
    .toBe(true);
  expect(await quiet()).toBe(false);
});

test('a meeting booked over an innovation block: the toast on the page, and a notification', async () => {
  calendar = await s.openCalendar(weekOf(EVENTS), weekPath(NEXT));
  await expect.poll(async () => (await stored()).days).toContain(addDay(NEXT, 1));
  expect(await toasts(calendar)).toEqual([]);

  await calendar.evaluate(
    (html) => {
      // Calendar adds the new chip to Tuesday's column: take it from the page with it.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const chip = [...doc.querySelectorAll('[data-eventchip][data-eventid]')].find((c) =>
        c.textContent?.includes('Budget approvals'),
      )!;
      const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
      document
        .querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!
        .appendChild(document.importNode(chip, true));
    },
    weekOf([...EVENTS, CULPRIT]),
  );

  await expect.poll(() => toasts(calendar)).toHaveLength(1);
  const [toast] = await toasts(calendar);
  expect(toast!.name).toBe('Innovation time taken: Strategy offsite prep');
  expect(toast!.text).toContain('“Budget approvals” overlaps it: 45 min lost');
  // The actions Chrome puts on the notification are on the toast.
  expect(toast!.text).toContain('Rebook');
  expect(toast!.text).toContain('Open in Calendar');
  expect((await stored()).overrides).toMatchObject([{ minutesLost: 45, state: 'open' }]);
});

test('the notification was created without buttons, and its close (Firefox says: by the user) dismisses nothing', async () => {
  // A notification asking for buttons is refused in Firefox, and would never close.
  const close = async () => {
    const g = globalThis as unknown as AddonGlobal;
    for (const id of Object.keys(await g.browser.notifications.getAll())) {
      await g.browser.notifications.clear(id);
    }
    return g.closes!;
  };
  await expect.poll(() => ext.evaluate(close)).toHaveLength(1);
  const closes = await ext.evaluate(() => (globalThis as unknown as AddonGlobal).closes);
  expect(closes).toEqual([[expect.stringContaining('overlap'), true]]);
  // The nudge is still open, and its toast stays.
  expect((await stored()).overrides).toMatchObject([{ state: 'open' }]);
  expect(await toasts(calendar)).toHaveLength(1);
});
