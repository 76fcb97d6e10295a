import { afterAll, beforeAll, expect, test } from 'vitest';
import { overrideWeek } from '../fixtures/override-week.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, setWorkerClock, waitForBadge, type Session } from './harness.ts';

// utils/background/browser-differences.ts, in Chromium: the notification of
// innovation time taken carries the Rebook and Open in Calendar buttons
// (Firefox's has none: tests/e2e-firefox/nudges.e2e.test.ts); and what is the
// same in both, as tests/e2e-firefox/browser-apis.e2e.test.ts checks in Firefox.
const MON = mondayOf();
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
const MONDAY_10 = new Date(y, m - 1, d, 10).getTime();
const { events: EVENTS, culprit: CULPRIT, page: weekOf } = overrideWeek(MON);

declare const chrome: {
  notifications: { create(...args: unknown[]): unknown };
  storage: { sync: { set(o: object): Promise<void> } };
};
type Api = Record<string, Record<string, Record<string, unknown>>>;
type Note = [string, { title: string; buttons?: { title: string }[] }];

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

test('the notification of innovation time taken has the Rebook and Open in Calendar buttons', async () => {
  await setWorkerClock(s, MONDAY_10);
  const calendar = await openCalendar(s, weekOf(EVENTS), weekPath(MON));
  await waitForBadge(s, (b) => b.text === '40%');
  const worker = await s.worker();
  await worker.evaluate(() => {
    const g = globalThis as { notes?: unknown[][] };
    g.notes = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (...args: unknown[]) => {
      g.notes!.push(args);
      return create(...args);
    };
  });
  await calendar.evaluate(
    (html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const chip = [...next.querySelectorAll('[data-eventchip][data-eventid]')].find((c) =>
        c.textContent?.includes('Budget approvals'),
      )!;
      const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
      document
        .querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!
        .appendChild(document.importNode(chip, true));
    },
    weekOf([...EVENTS, CULPRIT]),
  );
  const notes = () => worker.evaluate(() => (globalThis as unknown as { notes: Note[] }).notes);
  await expect.poll(notes, { timeout: 10_000 }).toHaveLength(1);
  const [[, options]] = (await notes()) as [Note];
  expect(options.title).toBe('Innovation time taken: Strategy offsite prep');
  expect(options.buttons).toEqual([{ title: 'Rebook' }, { title: 'Open in Calendar' }]);
});

test('the APIs Polarity uses exist: action, alarms, notifications, storage.sync, storage.session, IndexedDB', async () => {
  const ext = await s.extensionPage();
  const found = await ext.evaluate(() => {
    const b = (globalThis as unknown as { chrome: Api }).chrome;
    const has = (ns: string, sub: string, fn: string) =>
      typeof (b[ns]?.[sub] as Record<string, unknown> | undefined)?.[fn] === 'function';
    return {
      badge: typeof b.action?.setBadgeText === 'function',
      alarms: typeof b.alarms?.create === 'function',
      notifications: typeof b.notifications?.create === 'function',
      sync: has('storage', 'sync', 'set'),
      session: has('storage', 'session', 'set'),
      indexedDB: typeof indexedDB?.open === 'function',
    };
  });
  expect(found).toEqual({
    badge: true,
    alarms: true,
    notifications: true,
    sync: true,
    session: true,
    indexedDB: true,
  });
});

test('storage.sync keeps an item under 8 KB and refuses one over it', async () => {
  const ext = await s.extensionPage();
  const put = (bytes: number) =>
    ext.evaluate(async (n) => {
      try {
        await chrome.storage.sync.set({ probe: 'x'.repeat(n) });
        return 'kept';
      } catch {
        return 'refused';
      }
    }, bytes);
  expect(await put(7 * 1024)).toBe('kept');
  expect(await put(9 * 1024)).toBe('refused');
});
