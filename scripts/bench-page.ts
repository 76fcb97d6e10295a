// The page's own cost with and without Polarity loaded: week switches, attribute storms,
// listener and node counts. Same machine, same run, same page; only the extension differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import { fixturePage } from '../tests/e2e/harness.ts';
import { denseEvents } from '../tests/fixtures/dense.ts';
import { addDay, renderMain } from '../tests/fixtures/gcal-page.ts';
import { WEEK_EN_OPTIONS } from '../tests/fixtures/week-en.ts';

export const CALENDAR = 'https://calendar.google.com';
export const DENSE_PATH = '/calendar/u/0/r/week/2026/11/24';

/** `count` dense weeks (45 timed events a day, 315 chips) after the fixture's own week. */
export function denseWeeks(count: number, from = '2026-11-30') {
  return Array.from({ length: count }, (_, i) => {
    const firstDay = addDay(from, 7 * i);
    const [y, m, d] = firstDay.split('-').map(Number);
    return {
      path: `/calendar/u/0/r/week/${y}/${m}/${d}`,
      main: renderMain({ ...WEEK_EN_OPTIONS, firstDay, events: denseEvents(firstDay, 7, 45) }),
    };
  });
}

const ARGS = ['--disable-gpu', '--disable-background-networking', '--no-first-run'];

export interface Opened {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** The dense week at calendar.google.com, in a fresh profile, with the extension or without. */
export async function openDense(extensionDir: string | null): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), 'polarity-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionDir
      ? [...ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : [...ARGS, '--disable-extensions'],
  });
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (r) => r.abort('internetdisconnected'),
  );
  const html = fixturePage('week-dense.html');
  await context.route(`${CALENDAR}/**`, (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  if (extensionDir) await context.waitForEvent('serviceworker').catch(() => undefined);
  const page = await context.newPage();
  await page.goto(`${CALENDAR}${DENSE_PATH}`);
  if (extensionDir) await page.waitForSelector('#polarity-chip-markers', { state: 'attached' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    context,
    page,
    cdp,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Metrics = Record<string, number>;
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function counters(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  const c = await cdp.send('Memory.getDOMCounters');
  return { nodes: c.nodes, listeners: c.jsEventListeners };
}

/** Puts the weeks in the page, and a switch like Calendar's: grid replaced, address pushed. */
async function installWeeks(page: Page, weeks: { path: string; main: string }[]) {
  await page.evaluate((weeks) => {
    const g = globalThis as unknown as { __switch: (i: number) => void; __long: number[] };
    g.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) g.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    g.__switch = (i: number) => {
      const w = weeks[i % weeks.length]!;
      // Our own fixture markup, parsed like Calendar's render would insert it.
      const parsed = new DOMParser().parseFromString(w.main, 'text/html').body.firstElementChild!;
      document.querySelector('.mainparent')!.replaceChildren(document.adoptNode(parsed));
      history.pushState(null, '', w.path);
    };
  }, weeks);
}

const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

async function switchWeeks(o: Opened, from: number, count: number, waitMs: number) {
  for (let i = from; i < from + count; i++) {
    await o.page.evaluate(
      (i) => (globalThis as unknown as { __switch: (i: number) => void }).__switch(i),
      i,
    );
    await o.page.waitForTimeout(waitMs);
    await frames(o.page);
  }
}

export interface SwitchCost {
  task: number;
  script: number;
  style: number;
  layout: number;
  longTasks: number;
  longTaskMs: number;
}

/**
 * Page metrics over `count` week switches, a settled wait after each
 * (seconds → ms). The pages take turns, switch by switch, so a machine busy
 * with something else slows both alike.
 */
export async function switchCost(
  pages: Opened[],
  weeks: { path: string; main: string }[],
  count: number,
) {
  for (const o of pages) {
    await installWeeks(o.page, weeks);
    await switchWeeks(o, 0, 2, 250); // warm up both configurations alike
    await o.page.evaluate(() => ((globalThis as unknown as { __long: number[] }).__long = []));
  }
  const before = await Promise.all(pages.map((o) => metrics(o.cdp)));
  for (let i = 2; i < 2 + count; i++) for (const o of pages) await switchWeeks(o, i, 1, 250);
  return Promise.all(
    pages.map(async (o, n) => {
      const after = await metrics(o.cdp);
      const long = await o.page.evaluate(
        () => (globalThis as unknown as { __long: number[] }).__long,
      );
      const d = (k: string) => ((after[k] ?? 0) - (before[n]![k] ?? 0)) * 1000;
      return {
        task: d('TaskDuration'),
        script: d('ScriptDuration'),
        style: d('RecalcStyleDuration'),
        layout: d('LayoutDuration'),
        longTasks: long.length,
        longTaskMs: long.reduce((a, b) => a + b, 0),
      } satisfies SwitchCost;
    }),
  );
}

/**
 * 3,000 class and style changes on chips in one task (hover, scroll), then the
 * style and layout they cause; the mutation observers' callbacks run at the
 * end of that task, and any timer they arm within the 50 ms after it. The
 * pages take turns, sample by sample.
 */
export async function attributeStorm(pages: Opened[], samples: number) {
  const inTask: number[][] = pages.map(() => []);
  const before = await Promise.all(pages.map((o) => metrics(o.cdp)));
  for (let s = 0; s < samples; s++) {
    for (const [n, o] of pages.entries()) {
      inTask[n]!.push(
        await o.page.evaluate(async (s) => {
          const els = [
            ...document.querySelectorAll<HTMLElement>('[data-eventchip], [data-eventchip] *'),
          ];
          const t = performance.now();
          for (let k = 0; k < 3000; k++) {
            const el = els[(k * 7 + s) % els.length]!;
            if (k % 2) el.classList.toggle('bench-hover');
            else el.style.setProperty('--bench', String(k + s));
          }
          void document.body.offsetHeight;
          await null; // mutation observers are told in a microtask of this task
          return performance.now() - t;
        }, s),
      );
      await o.page.waitForTimeout(50);
    }
  }
  return Promise.all(
    pages.map(async (o, n) => {
      const after = await metrics(o.cdp);
      const xs = inTask[n]!.sort((a, b) => a - b);
      return {
        median: xs[Math.floor(xs.length / 2)]!,
        task: ((after.TaskDuration ?? 0) - (before[n]!.TaskDuration ?? 0)) * 1000,
      };
    }),
  );
}

/** Listeners and nodes after 1, 100 and 500 quick switches (after a GC). */
export async function growth(o: Opened, weeks: { path: string; main: string }[]) {
  await installWeeks(o.page, weeks);
  const out: Record<number, { nodes: number; listeners: number }> = {};
  let done = 0;
  for (const at of [1, 100, 500]) {
    await switchWeeks(o, done, at - done, 40);
    done = at;
    await o.page.waitForTimeout(300);
    out[at] = await counters(o.cdp);
  }
  return out;
}
