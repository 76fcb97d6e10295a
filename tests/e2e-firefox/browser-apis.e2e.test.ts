import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type ExtensionPage, type Session } from './harness.ts';

// What utils/background/browser-differences.ts says is the same in Firefox
// as in Chrome, checked in Firefox (tests/e2e/browser-differences.e2e.test.ts
// checks it in Chromium): the APIs Polarity uses exist, and storage.sync
// refuses an item over 8 KB, as the settings and rules items are sized for.
let s: Session;
let ext: ExtensionPage;
beforeAll(async () => {
  s = await launch();
  ext = await s.extensionPage();
});
afterAll(async () => {
  await s?.close();
});

type Api = Record<string, Record<string, Record<string, unknown>>>;

test('the APIs Polarity uses exist: action, alarms, notifications, storage.sync, storage.session, IndexedDB', async () => {
  const found = await ext.evaluate(() => {
    const b = (globalThis as unknown as { browser: Api }).browser;
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
  const put = (bytes: number) =>
    ext.evaluate(async (n) => {
      const sync = (
        globalThis as unknown as {
          browser: { storage: { sync: { set(o: object): Promise<void> } } };
        }
      ).browser.storage.sync;
      try {
        await sync.set({ probe: 'x'.repeat(n) });
        return 'kept';
      } catch {
        return 'refused';
      }
    }, bytes);
  expect(await put(7 * 1024)).toBe('kept');
  expect(await put(9 * 1024)).toBe('refused');
});
