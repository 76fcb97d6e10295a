import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path.ts';

// The worker's own global, as seen inside `worker.evaluate`.
declare const chrome: {
  action: {
    getBadgeText(details: object): Promise<string>;
    getTitle(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
};

const here = fileURLToPath(new URL('.', import.meta.url));
export const EXTENSION_DIR = resolve(here, '../../.output/chrome-mv3');
export const PAGES_DIR = resolve(here, '../fixtures/pages');
export const CALENDAR = 'https://calendar.google.com';

export const fixturePage = (name: string) => readFileSync(join(PAGES_DIR, name), 'utf8');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Every http(s) request the browser tried, routed or not. */
  requests: string[];
  /** The calendar page served for every calendar.google.com address; change it between loads. */
  serve(html: string): void;
  worker(): Promise<Worker>;
  /** A quiet extension page (the options page) to call extension APIs from. */
  extensionPage(): Promise<Page>;
  /** The welcome page the first install opened, when `welcome: 'keep'` was asked. */
  welcome?: Page;
  /** Closes the browser; `keepProfile` leaves its profile for a relaunch. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
  userDataDir: string;
}

export interface Badge {
  text: string;
  title: string;
  color: number[];
}

/**
 * The built extension in a real headless Chromium, with Google Calendar
 * replaced by fixtures. A fresh profile is a first install: the extension opens its welcome page
 * then. Launch waits for it and closes it (tests start from a quiet browser),
 * or keeps it with `welcome: 'keep'`. A reused profile opens none.
 */
export async function launch({
  headless = true,
  userDataDir = undefined as string | undefined,
  welcome = 'close' as 'close' | 'keep',
  /** Another copy of the build (the update test changes its version). */
  extensionDir = EXTENSION_DIR,
  /** The browser's UI language (`de`, `ja`), as `chrome.i18n.getUILanguage()` reports it. */
  uiLanguage = undefined as string | undefined,
} = {}): Promise<Session> {
  const fresh = userDataDir === undefined;
  userDataDir ??= mkdtempSync(join(tmpdir(), 'polarity-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
    ],
    ...(uiLanguage && { locale: uiLanguage }),
  });
  const requests: string[] = [];
  context.on('request', (r) => {
    if (/^https?:/.test(r.url())) requests.push(r.url());
  });
  let html = '<!doctype html><title>empty</title>';
  // Nothing leaves the machine; the last matching route wins.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (r) => r.abort('internetdisconnected'),
  );
  await context.route(`${CALENDAR}/**`, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  // Track the live worker: a stopped one lingers in serviceWorkers() for a while,
  // and evaluating in it never returns.
  let live: Worker | undefined;
  const track = (w: Worker) => {
    live = w;
    w.once('close', () => {
      if (live === w) live = undefined;
    });
  };
  context.serviceWorkers().forEach(track);
  context.on('serviceworker', track);
  const worker = async () => live ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const welcomePage = fresh ? await firstInstallPage(context) : undefined;
  if (welcomePage && welcome === 'close') await welcomePage.close();
  let extPage: Page | undefined;
  const extensionPage = async () => {
    if (extPage && !extPage.isClosed()) return extPage;
    extPage = await context.newPage();
    await extPage.goto(`chrome-extension://${extensionId}/options.html`);
    return extPage;
  };
  return {
    context,
    extensionId,
    requests,
    serve: (next) => void (html = next),
    worker,
    extensionPage,
    userDataDir,
    ...(welcomePage && welcome === 'keep' && { welcome: welcomePage }),
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');

/** The page the install opened (its address commits a moment after the tab appears). */
async function firstInstallPage(context: BrowserContext): Promise<Page> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const page = context.pages().find(isWelcome);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(
    `the first install opened no welcome page: ${context.pages().map((p) => p.url())}`,
  );
}

export async function openCalendar(s: Session, html: string, path: string): Promise<Page> {
  s.serve(html);
  const page = await s.context.newPage();
  await page.goto(`${CALENDAR}${path}`);
  return page;
}

/**
 * Read from an extension page, not the worker: after a worker restart Playwright
 * keeps handing out the stopped one, and the action API answers in any
 * extension page.
 */
export async function readBadge(s: Session): Promise<Badge> {
  const page = await s.extensionPage();
  return page.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}

/** Polls the badge until `ok` holds; the worker updates it asynchronously. */
export async function waitForBadge(
  s: Session,
  ok: (b: Badge) => boolean,
  timeoutMs = 10_000,
): Promise<Badge> {
  const until = Date.now() + timeoutMs;
  let last: Badge | undefined;
  while (Date.now() < until) {
    try {
      last = await readBadge(s);
      if (ok(last)) return last;
    } catch {
      // the worker may be restarting; ask again
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`badge never matched; last seen ${JSON.stringify(last)}`);
}

/** Stops the extension's service worker for real, as Chrome does when it idles. */
export async function stopServiceWorker(s: Session): Promise<void> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

/** Moves the worker's clock to `at` (the background reads `Date.now()` late, for this). Idempotent. */
export async function setWorkerClock(s: Session, at: number): Promise<void> {
  const worker = await s.worker();
  await worker.evaluate((t) => {
    const g = globalThis as { realNow?: () => number };
    g.realNow ??= Date.now.bind(Date);
    const start = g.realNow();
    Date.now = () => t + (g.realNow!() - start);
  }, at);
}

/** A chip's computed box-shadow: what the marker stylesheet draws on it. */
export const chipShadow = (page: Page, eid: string): Promise<string> =>
  page.evaluate(
    (id) =>
      getComputedStyle(
        [...document.querySelectorAll('[data-eventchip]')].find(
          (c) => c.getAttribute('data-eventid') === id,
        )!,
      ).boxShadow,
    eid,
  );
