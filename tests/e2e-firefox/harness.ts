import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { cssRgb } from '../support/colour.ts';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './firefox-path.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(here, '../..');
export const EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv3');
export const { version: VERSION } = JSON.parse(
  readFileSync(resolve(ROOT, 'package.json'), 'utf8'),
) as {
  version: string;
};
/** The package `npm run zip` makes for addons.mozilla.org. */
export const FIREFOX_ZIP = resolve(ROOT, `.output/polarity-${VERSION}-firefox.zip`);
export const CALENDAR = 'https://calendar.google.com';
export const PAGES_DIR = resolve(ROOT, 'tests/fixtures/pages');
export const fixturePage = (name: string) => readFileSync(join(PAGES_DIR, name), 'utf8');
export const ADDON_ID = (
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
// A fixed internal UUID (a Firefox pref), so the add-on's origin, and with it
// its IndexedDB, is the same on every launch of a profile.
const UUID = '5d0e3c6a-9b7f-4c1e-8a2d-3f6b9c0e7a41';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** The raw WebDriver BiDi connection puppeteer drives Firefox over. */
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface Tree {
  contexts: { context: string; url: string }[];
}
type Remote =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

const bidi = (b: Browser) => (b as unknown as { connection: Bidi }).connection;

/** Runs `fn(arg)` in a browsing context and returns its JSON-able result. */
async function callIn<A, R>(
  b: Browser,
  context: string,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
): Promise<Awaited<R>> {
  const { result } = (await bidi(b).send('script.callFunction', {
    functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context },
    awaitPromise: true,
  })) as { result: Remote };
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return JSON.parse(String(result.result.value)) as Awaited<R>;
}

/**
 * The browser window itself (privileged, "chrome" scope), reachable because
 * Firefox runs with --remote-allow-system-access. Used only for what no web
 * page can do: open extension pages (BiDi refuses to navigate a tab to
 * moz-extension://, and puppeteer gets no Page for one), watch every request
 * the browser makes, and ask the add-on manager about the add-on.
 */
async function browserWindow(b: Browser): Promise<string> {
  // Right after launch a newer Firefox may not have put its window in the tree yet.
  let seen: string[] = [];
  const find = async () => {
    const { result } = await bidi(b).send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const { contexts } = result as Tree;
    seen = contexts.map((c) => c.url);
    return contexts.find((c) => c.url.endsWith('/browser.xhtml'))?.context;
  };
  return until(find, 'the browser window in the chrome scope').catch((e: Error) => {
    throw new Error(`${e.message} (found: ${seen.join(', ') || 'nothing'})`);
  });
}

// Chrome-scope code: the globals of Firefox's browser window.
declare const Services: {
  obs: { addObserver(o: object, topic: string): void };
  scriptSecurityManager: { getSystemPrincipal(): unknown };
};
declare const Ci: { nsIHttpChannel: unknown };
declare const Cr: { NS_ERROR_ABORT: number };
declare const gBrowser: { addTab(url: string, o: object): unknown };

/**
 * Logs every http(s) request any part of the browser makes (pages, the
 * add-on's background and pages, Firefox itself) before it goes out, and
 * cancels those for any other host than the calendar, which the tests serve.
 */
function watchNetwork() {
  const w = window as unknown as { polarityRequests?: { url: string; by: string }[] };
  if (w.polarityRequests) return;
  const log: { url: string; by: string }[] = (w.polarityRequests = []);
  Services.obs.addObserver(
    {
      observe(subject: { QueryInterface(i: unknown): unknown }) {
        const ch = subject.QueryInterface(Ci.nsIHttpChannel) as {
          URI: { spec: string };
          loadInfo?: { triggeringPrincipal?: { origin?: string } };
          cancel(code: number): void;
        };
        const url = ch.URI.spec;
        log.push({ url, by: ch.loadInfo?.triggeringPrincipal?.origin ?? '' });
        if (!url.startsWith('https://calendar.google.com/')) ch.cancel(Cr.NS_ERROR_ABORT);
      },
    },
    'http-on-modify-request',
  );
}

declare const WebExtensionPolicy: {
  getByID(id: string):
    | {
        extension: {
          version: string;
          addonData: { temporarilyInstalled: boolean };
          backgroundState: string;
          terminateBackground(o: object): Promise<void>;
        };
      }
    | undefined;
};

function addonInfo(id: string) {
  const ext = WebExtensionPolicy.getByID(id)?.extension;
  return ext ? { version: ext.version, temporary: ext.addonData.temporarilyInstalled } : null;
}

/** Stops the add-on's background as Firefox does when it idles (about:debugging's "Terminate"). */
async function suspend(id: string) {
  const ext = WebExtensionPolicy.getByID(id)!.extension;
  await ext.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
  return ext.backgroundState;
}

function backgroundStateOf(id: string) {
  return WebExtensionPolicy.getByID(id)!.extension.backgroundState;
}

/** In a background tab: the calendar tab keeps the focus, and keys typed there still act. */
function openTrusted(url: string) {
  gBrowser.addTab(url, {
    triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
  });
}

/** An extension page open in a tab, driven over BiDi (puppeteer has no handle on it). */
export interface ExtensionPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  close(): Promise<void>;
}

export interface Badge {
  text: string;
  title: string;
  color: number[];
}

export interface Session {
  browser: Browser;
  userDataDir: string;
  /** Every http(s) request the browser made, and the origin that made it. */
  requests(): Promise<{ url: string; by: string }[]>;
  /** A Google Calendar tab serving `html` for every calendar.google.com address. */
  openCalendar(html: string, path: string): Promise<Page>;
  /** `path` of the add-on (popup.html, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<ExtensionPage>;
  /** A quiet extension page (the options page) to call extension APIs from. */
  extensionPage(): Promise<ExtensionPage>;
  /** Suspends the background (an event page under MV3); resolves to its state after. */
  suspendBackground(): Promise<string>;
  backgroundState(): Promise<string>;
  /** The add-on as Firefox's add-on manager has it, or null when it is not there. */
  addon(): Promise<{ version: string; temporary: boolean } | null>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  /**
   * 'temporary': the unpacked build, as about:debugging loads it (gone when
   * the browser closes). 'profile': the store zip installed for good in the
   * profile, as a user's add-on is, so it starts with the browser.
   */
  install?: 'temporary' | 'profile';
}

const until = async <T>(get: () => Promise<T | undefined>, what: string, ms = 10_000) => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The built add-on in a real headless Firefox, with Google Calendar replaced by fixtures. */
export async function launch({
  userDataDir = mkdtempSync(join(tmpdir(), 'polarity-ff-')),
  install = 'temporary',
}: LaunchOptions = {}): Promise<Session> {
  if (install === 'profile') {
    mkdirSync(join(userDataDir, 'extensions'), { recursive: true });
    copyFileSync(FIREFOX_ZIP, join(userDataDir, 'extensions', `${ADDON_ID}.xpi`));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // ESR accepts unsigned add-ons with this; release Firefox does not.
      'xpinstall.signatures.required': false,
      // An add-on dropped into the profile is enabled without asking.
      'extensions.autoDisableScopes': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Firefox's own remote-settings polling (Mozilla's test profiles do the
      // same): the request log then holds only what pages and the add-on asked for.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // Every connection goes to a proxy that is not there, from the first
      // moment (the network watch starts only once the browser is up): nothing
      // leaves the machine. Served pages never connect, so they still load.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  const win = await browserWindow(browser);
  await callIn(browser, win, watchNetwork);
  if (install === 'temporary') await browser.installExtension(EXTENSION_DIR);

  const contextOf = async (url: string) => {
    const { result } = await bidi(browser).send('browsingContext.getTree', {});
    return (result as Tree).contexts.find((c) => c.url === url)?.context;
  };
  const openExtensionPage = async (path: string): Promise<ExtensionPage> => {
    const url = `${EXTENSION_ORIGIN}/${path}`;
    await callIn(browser, win, openTrusted, url);
    const context = await until(() => contextOf(url), url);
    const page: ExtensionPage = {
      evaluate: (fn, arg) => callIn(browser, context, fn, arg),
      close: async () => void (await bidi(browser).send('browsingContext.close', { context })),
    };
    await until(
      async () => (await page.evaluate(() => document.readyState === 'complete')) || undefined,
      `${url} to load`,
    );
    return page;
  };
  let quiet: ExtensionPage | undefined;
  let html = '<!doctype html><title>empty</title>';

  return {
    browser,
    userDataDir,
    requests: () =>
      callIn(
        browser,
        win,
        () =>
          (window as unknown as { polarityRequests: { url: string; by: string }[] })
            .polarityRequests,
      ),
    openCalendar: async (next, path) => {
      html = next;
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      // Other hosts are cancelled by the network watch before BiDi sees them.
      page.on('request', (r) => {
        const done = r.url().startsWith(`${CALENDAR}/`)
          ? r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : /^https?:/.test(r.url())
            ? r.abort()
            : r.continue();
        done.catch(() => undefined);
      });
      await page.goto(`${CALENDAR}${path}`);
      return page;
    },
    openExtensionPage,
    extensionPage: async () => (quiet ??= await openExtensionPage('options.html')),
    addon: () => callIn(browser, win, addonInfo, ADDON_ID),
    suspendBackground: () => callIn(browser, win, suspend, ADDON_ID),
    backgroundState: () => callIn(browser, win, backgroundStateOf, ADDON_ID),
    close: async ({ keepProfile = false } = {}) => {
      await browser.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// The add-on's own global inside `evaluate` in an extension page, reached
// through globalThis: the test transform takes a bare `browser` for WXT's.
type AddonGlobal = { browser: { action: BadgeApi } };
interface BadgeApi {
  getBadgeText(d: object): Promise<string>;
  getTitle(d: object): Promise<string>;
  getBadgeBackgroundColor(d: object): Promise<number[]>;
}

/** The toolbar badge, through the add-on's own `action` API (Manifest V3). */
export async function readBadge(s: Session): Promise<Badge> {
  const page = await s.extensionPage();
  return page.evaluate(async () => {
    const a = (globalThis as unknown as AddonGlobal).browser.action;
    return {
      text: await a.getBadgeText({}),
      title: await a.getTitle({}),
      color: await a.getBadgeBackgroundColor({}),
    };
  });
}

/** Polls the badge until `ok` holds; the background updates it asynchronously. */
export async function waitForBadge(
  s: Session,
  ok: (b: Badge) => boolean,
  timeoutMs = 10_000,
): Promise<Badge> {
  let last: Badge | undefined;
  try {
    return await until(
      async () => {
        last = await readBadge(s);
        return ok(last) ? last : undefined;
      },
      'the badge',
      timeoutMs,
    );
  } catch {
    throw new Error(`badge never matched; last seen ${JSON.stringify(last)}`);
  }
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

/** Event ids of the chips whose hidden text names `title`, in page order. */
export const eidsOf = (page: Page, title: string): Promise<string[]> =>
  page.evaluate(
    (t) =>
      [...document.querySelectorAll('[data-eventchip][data-eventid]')]
        .filter((c) => c.textContent?.includes(`, ${t},`))
        .map((c) => c.getAttribute('data-eventid')!),
    title,
  );

export const INNOVATION_RGB = cssRgb(MARKER_COLORS.innovation);
