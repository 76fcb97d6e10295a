// npm run bench: the hot paths, measured in real Chromium, each beside a naive baseline from the same run.
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';
import {
  EXTENSION_DIR,
  fixturePage,
  launch,
  openCalendar,
  stopServiceWorker,
  waitForBadge,
} from '../tests/e2e/harness.ts';
import { thisWeekPage } from '../tests/fixtures/this-week.ts';
import { attributeStorm, denseWeeks, growth, openDense, switchCost } from './bench-page.ts';
import { measureWorkerHeap } from './bench-worker.ts';

const WEEK_URL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24';
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), n: s.length };
};
const ms = (x: number) => `${x.toFixed(3)} ms`;
const row = (label: string, value: string, note = '') =>
  console.log(`${label.padEnd(44)} ${value.padStart(14)}  ${note}`);

async function bundleReaders(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { readView, clearReadCaches } from '@/tests/support/read-view';
        import { extractView } from '@/utils/gcal/extract-view';
        import { readViewNaive } from '@/tests/support/read-view-naive';
        import { jsonDiff } from '@/utils/shared/json-delta';
        globalThis.__polarity = { readView, readViewNaive, extractView, clearReadCaches, jsonDiff };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': process.cwd() },
  });
  return out.outputFiles[0]!.text;
}

/**
 * Parse time per view: the whole read (the content script's extract plus the
 * background's interpret, run here in one page) warm (steady state: caches
 * hold the chips already read) and cold (caches cleared before every read);
 * the extract alone (what the Calendar tab's thread pays); and the naive
 * innerText reader. Chromium clamps performance.now() to 0.1 ms, so each
 * sample times a batch of reads and divides.
 */
async function benchParse(pages: string[]) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-background-networking', '--no-sandbox'],
  });
  const code = await bundleReaders();
  console.log('\nParse: readView over the whole page, in Chromium (per read)');
  for (const name of pages) {
    const page = await browser.newPage();
    await page.route('**/*', (r) =>
      r.fulfill({ contentType: 'text/html', body: fixturePage(name) }),
    );
    const view = name.startsWith('month')
      ? '/month/'
      : name.startsWith('agenda')
        ? '/agenda/'
        : '/week/';
    await page.goto(WEEK_URL.replace('/week/', view));
    await page.addScriptTag({ content: code });
    const r = await page.evaluate(
      ({ samples, batch }) => {
        type Api = {
          readView: (root: ParentNode, url: URL) => { events: unknown[] };
          readViewNaive: (root: ParentNode, url: URL) => { events: unknown[] };
          extractView: (root: ParentNode, url: URL) => unknown;
          clearReadCaches: () => void;
        };
        const api = (globalThis as unknown as { __polarity: Api }).__polarity;
        const url = new URL(location.href);
        const per = (f: () => void) => {
          const t = performance.now();
          for (let i = 0; i < batch; i++) f();
          return (performance.now() - t) / batch;
        };
        const warm: number[] = [];
        const cold: number[] = [];
        const naive: number[] = [];
        const extract: number[] = [];
        for (let i = 0; i < samples; i++) {
          warm.push(per(() => api.readView(document, url)));
          extract.push(per(() => api.extractView(document, url)));
          cold.push(
            per(() => {
              api.clearReadCaches();
              api.readView(document, url);
            }),
          );
          naive.push(per(() => api.readViewNaive(document, url)));
        }
        return {
          chips: document.querySelectorAll('[data-eventchip]').length,
          events: api.readView(document, url).events.length,
          naiveEvents: api.readViewNaive(document, url).events.length,
          warm,
          cold,
          naive,
          extract,
          wireBytes: JSON.stringify(api.extractView(document, url)).length,
        };
      },
      { samples: 60, batch: 10 },
    );
    const [w, c, n, x] = [stats(r.warm), stats(r.cold), stats(r.naive), stats(r.extract)];
    console.log(`  ${name}: ${r.chips} chips, ${r.events} events (naive reader: ${r.naiveEvents})`);
    row(
      '    readView warm, median / p95',
      `${ms(w.median)} / ${ms(w.p95)}`,
      `${(n.median / w.median).toFixed(1)}x faster than naive; target median < 1 ms`,
    );
    row(
      '    readView cold, median / p95',
      `${ms(c.median)} / ${ms(c.p95)}`,
      `${(n.median / c.median).toFixed(1)}x faster than naive`,
    );
    row(
      '    of which page side (extractView), warm',
      `${ms(x.median)} / ${ms(x.p95)}`,
      `${(r.wireBytes / 1024).toFixed(1)} KB sent to the background per changed read`,
    );
    row('    naive innerText reader, median / p95', `${ms(n.median)} / ${ms(n.p95)}`);
    await page.close();
  }
  await browser.close();
}

/**
 * A week switch is the cold path: a week the reader has not seen, memos
 * empty. Each sample puts a new dense week in the page (laid out, as Calendar
 * renders it before the read settles), then times the extract with its memo
 * cleared, and the naive innerText reader on the same week.
 */
async function benchColdReads(samples: number) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-background-networking', '--no-sandbox'],
  });
  const code = await bundleReaders();
  const weeks = denseWeeks(samples);
  const page = await browser.newPage();
  await page.route('**/*', (r) =>
    r.fulfill({ contentType: 'text/html', body: fixturePage('week-dense.html') }),
  );
  await page.goto(WEEK_URL);
  await page.addScriptTag({ content: code });
  const r = await page.evaluate((weeks) => {
    type Api = {
      readViewNaive: (root: ParentNode, url: URL) => { events: unknown[] };
      extractView: (root: ParentNode, url: URL) => unknown;
      clearReadCaches: () => void;
    };
    const api = (globalThis as unknown as { __polarity: Api }).__polarity;
    const per = (batch: number, f: () => void) => {
      const t = performance.now();
      for (let i = 0; i < batch; i++) f();
      return (performance.now() - t) / batch;
    };
    const extract: number[] = [];
    const naive: number[] = [];
    for (const w of weeks) {
      const parsed = new DOMParser().parseFromString(w.main, 'text/html').body.firstElementChild!;
      document.querySelector('.mainparent')!.replaceChildren(document.adoptNode(parsed));
      history.replaceState(null, '', w.path);
      void document.body.offsetHeight;
      const url = new URL(location.href);
      extract.push(
        per(10, () => {
          api.clearReadCaches();
          api.extractView(document, url);
        }),
      );
      naive.push(per(3, () => api.readViewNaive(document, url)));
    }
    return { extract, naive, chips: document.querySelectorAll('[data-eventchip]').length };
  }, weeks);
  await browser.close();
  const [x, n] = [stats(r.extract), stats(r.naive)];
  console.log(
    `\nCold read of a new week (${r.chips} chips, ${r.extract.length} weeks never seen before)`,
  );
  row(
    '  extract in the page, median / p95',
    `${ms(x.median)} / ${ms(x.p95)}`,
    'target median <= 1 ms',
  );
  row(
    '  naive innerText reader, median / p95',
    `${ms(n.median)} / ${ms(n.p95)}`,
    `${(n.median / x.median).toFixed(1)}x slower; target >= 5x`,
  );
  return { extract: x.median, naive: n.median };
}

/**
 * What one Calendar tab sends: 26 dense weeks read in a page (for the worker's
 * heap), and the bytes of a one-event edit sent as a change beside the whole
 * read the tab used to send every time.
 */
async function benchWire() {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu'],
  });
  const page = await browser.newPage();
  await page.route('**/*', (r) =>
    r.fulfill({ contentType: 'text/html', body: fixturePage('week-dense.html') }),
  );
  await page.goto(WEEK_URL);
  await page.addScriptTag({ content: await bundleReaders() });
  const r = await page.evaluate(
    (weeks) => {
      type Api = {
        extractView: (root: ParentNode, url: URL) => unknown;
        jsonDiff: (a: unknown, b: unknown) => unknown[];
      };
      const api = (globalThis as unknown as { __polarity: Api }).__polarity;
      const show = (main: string, path: string) => {
        const parsed = new DOMParser().parseFromString(main, 'text/html').body.firstElementChild!;
        document.querySelector('.mainparent')!.replaceChildren(document.adoptNode(parsed));
        history.replaceState(null, '', path);
      };
      const reads = weeks.map((w) => {
        show(w.main, w.path);
        return api.extractView(document, new URL(location.href));
      });
      // The edit: one 30-minute event added late on Monday, as in the edit-to-badge run.
      const before = api.extractView(document, new URL(location.href));
      const column = document.querySelector('[role=gridcell][data-column-index][data-datekey]')!;
      const copy = column
        .querySelector('[data-eventchip][data-eventid]')!
        .cloneNode(true) as Element;
      copy.setAttribute(
        'data-eventid',
        btoa('benchedit jordan.lee@example.com').replace(/=+$/, ''),
      );
      column.append(copy);
      const after = api.extractView(document, new URL(location.href));
      const full = JSON.stringify({ type: 'pageRead', data: { seq: 2, read: after } }).length;
      const delta = JSON.stringify({
        type: 'pageRead',
        data: { seq: 2, base: 1, ops: api.jsonDiff(before, after) },
      }).length;
      return { reads, full, delta };
    },
    denseWeeks(26, '2027-06-07'),
  );
  await browser.close();
  console.log('\nSent to the background per page read (dense week, 315 chips)');
  row(
    '  one-event edit, as a change',
    `${r.delta} B`,
    `${((r.delta / r.full) * 100).toFixed(1)} % of the whole read`,
  );
  row('  the whole read (what every edit cost before)', `${(r.full / 1024).toFixed(1)} KB`);
  return { reads: r.reads, full: r.full, delta: r.delta };
}

async function benchWorkerHeap(extensionDir: string, reads: unknown[]) {
  const code = (
    await build({
      stdin: {
        contents: `import { jsonDiff } from '@/utils/shared/json-delta'; globalThis.__delta = { jsonDiff };`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      alias: { '@': process.cwd() },
    })
  ).outputFiles[0]!.text;
  const h = await measureWorkerHeap(extensionDir, reads, 500, code);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\nService worker heap, ${h.total} reads of ${reads.length} dense weeks, after GC`);
  row(
    '  after the first 26 reads / after 500',
    `${mb(h.first)} / ${mb(h.last)}`,
    `growth ${mb(h.last - h.first)}; target within 0.5 MB`,
  );
  return h;
}

/** Page edit → badge updated: content script, message wire, IndexedDB, counting, action API. */
async function benchEditToBadge(runs: number) {
  const s = await launch();
  try {
    const week = thisWeekPage();
    const page = await openCalendar(s, week.html, week.path);
    await waitForBadge(s, (b) => /%$/.test(b.text));
    const ext = await s.extensionPage();
    const lat: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = await ext.evaluate(() => chrome.action.getTitle({}));
      const editedAt = await page.evaluate(() => {
        // Add, then next time remove, a 30-minute event late on Monday: each edit moves the split.
        const old = document.getElementById('bench-chip');
        if (old) {
          old.remove();
          return Date.now();
        }
        const column = document.querySelector('[role=gridcell][data-column-index][data-datekey]')!;
        const chip = column.querySelector<HTMLElement>('[data-eventchip][data-eventid]')!;
        const copy = chip.cloneNode(true) as HTMLElement;
        const eid = btoa('benchedit jordan.lee@example.com').replace(/=+$/, '');
        copy.id = 'bench-chip';
        copy.querySelectorAll('[data-eventid]').forEach((n) => n.setAttribute('data-eventid', eid));
        copy.setAttribute('data-eventid', eid);
        const hidden = [...copy.children].find((c) => c.getAttribute('aria-hidden') !== 'true')!;
        const date = hidden.textContent!.split(', ').slice(-2).join(', ');
        hidden.textContent = `10pm to 10:30pm, Bench edit, Jordan Lee, No location, ${date}`;
        copy
          .querySelectorAll('[aria-hidden=true] span')
          .forEach((n) => (n.textContent = 'Bench edit'));
        column.appendChild(copy);
        return Date.now();
      });
      const changedAt = await ext.evaluate(async (prev) => {
        for (;;) {
          if ((await chrome.action.getTitle({})) !== prev) return Date.now();
          await new Promise((r) => setTimeout(r, 1));
        }
      }, before);
      lat.push(changedAt - editedAt);
    }
    const st = stats(lat);
    console.log('\nEdit on the page → badge updated (built extension, Chromium)');
    row(
      '  latency median / p95',
      `${st.median} ms / ${st.p95} ms`,
      `${st.n} edits; target p95 < 150 ms`,
    );
  } finally {
    await s.close();
  }
}

async function bundleSeeder(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `
        import { openPolarityDb } from '@/utils/domain/db/schema';
        import { seedHistory } from '@/tests/support/seed-history';
        globalThis.__seed = async (now) => {
          const db = await openPolarityDb();
          await seedHistory(db, { now, years: 3 });
          const days = await db.count('days');
          db.close();
          return days;
        };
        // The naive popup: every stored day read, however long the history.
        globalThis.__naive = async () => {
          const db = await openPolarityDb();
          const t = performance.now();
          const all = await db.getAll('days');
          let events = 0;
          for (const d of all) events += d.events.length;
          const ms = performance.now() - t;
          db.close();
          return { ms, events };
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': process.cwd() },
  });
  return out.outputFiles[0]!.text;
}

/**
 * The popup with three years of history in the extension's own IndexedDB:
 * opening it until the week is on screen, and the report request alone,
 * beside a naive popup that reads every stored day.
 */
async function benchPopup(opens: number) {
  const s = await launch();
  try {
    await s.context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('main[aria-busy="false"] [data-testid="split-percent"]'))
          return;
        (globalThis as unknown as { __shown: number }).__shown = performance.now();
        seen.disconnect();
      });
      seen.observe(document, { subtree: true, childList: true, attributes: true });
    });
    const ext = await s.extensionPage();
    await ext.evaluate(await bundleSeeder());
    const days = await ext.evaluate(() =>
      (globalThis as unknown as { __seed: (now: number) => Promise<number> }).__seed(Date.now()),
    );
    // The seed went around the background: restart it, as after any browser start.
    await stopServiceWorker(s);
    const report = () =>
      ext.evaluate(async () => {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'getWeekReport', data: { offset: 0 } });
        return performance.now() - t;
      });
    await report();
    const openPopup = async () => {
      const popup = await s.context.newPage();
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await popup.waitForSelector('main[aria-busy="false"] [data-testid="split-percent"]');
      // Stamped by the page itself when the week is on screen; 0 = the popup's navigation start.
      const shown = await popup.evaluate(
        () => (globalThis as unknown as { __shown: number }).__shown,
      );
      await popup.close();
      return shown;
    };
    // A change (a page read that stores nothing) drops the cached week, as any edit does.
    const change = () =>
      ext.evaluate(() =>
        chrome.runtime.sendMessage({
          type: 'snapshot',
          data: {
            href: 'https://calendar.google.com/calendar/u/0/r/settings',
            readAt: Date.now(),
            main: false,
            anyChips: 0,
          },
        }),
      );
    const warm: number[] = [];
    const cold: number[] = [];
    const request: number[] = [];
    const naive: number[] = [];
    let events = 0;
    for (let i = 0; i < opens; i++) {
      await new Promise((r) => setTimeout(r, 400)); // let the background re-warm after the last change
      warm.push(await openPopup());
      await change();
      cold.push(await openPopup());
      await change();
      request.push(await report());
      const n = await ext.evaluate(() =>
        (
          globalThis as unknown as { __naive: () => Promise<{ ms: number; events: number }> }
        ).__naive(),
      );
      naive.push(n.ms);
      events = n.events;
    }
    const [w, c, r, n] = [stats(warm), stats(cold), stats(request), stats(naive)];
    console.log(`\nPopup with three years of history (${days} days, ${events} events stored)`);
    row(
      '  open → week on screen, median / p95',
      `${ms(w.median)} / ${ms(w.p95)}`,
      `${opens} opens, week kept ready; target < 100 ms`,
    );
    row(
      '  same, right after a change, median / p95',
      `${ms(c.median)} / ${ms(c.p95)}`,
      'the week computed on demand',
    );
    row(
      '  week report computed, median / p95',
      `${ms(r.median)} / ${ms(r.p95)}`,
      `${(n.median / r.median).toFixed(1)}x faster than naive`,
    );
    row('  naive: read every stored day, median', ms(n.median));
  } finally {
    await s.close();
  }
}

function benchSizes() {
  console.log('\nBuilt sizes (.output/chrome-mv3, minified)');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
    );
  const all = files(EXTENSION_DIR).filter((f) => /\.(js|css|html)$/.test(f));
  const size = (pred: (f: string) => boolean) =>
    all.filter(pred).reduce(
      (acc, f) => {
        const buf = readFileSync(f);
        return { raw: acc.raw + statSync(f).size, gz: acc.gz + gzipSync(buf).length };
      },
      { raw: 0, gz: 0 },
    );
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const [label, pred, note] of [
    ['content script', (f: string) => f.includes('content-scripts'), 'target < 30 KB'],
    ['background', (f: string) => f.endsWith('background.js'), ''],
    ['popup (html + its chunks)', (f: string) => /popup|chunks/.test(f), ''],
  ] as const) {
    const s = size(pred);
    row(`  ${label}`, kb(s.raw), `${kb(s.gz)} gzip  ${note}`);
  }
}

declare const chrome: {
  action: { getTitle(d: object): Promise<string> };
  runtime: { sendMessage(m: object): Promise<unknown> };
};

/** What the page itself pays with Polarity loaded, beside the same page without it. */
async function benchPageCost(extensionDir: string) {
  const weeks = denseWeeks(52);
  const pct = (a: number, b: number) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(0)} %`;
  console.log(
    '\nThe page with and without Polarity (dense week, 315 chips, CDP Performance metrics)',
  );
  const results: Record<string, Awaited<ReturnType<typeof switchCost>>> = {};
  const storms: Record<string, Awaited<ReturnType<typeof attributeStorm>>> = {};
  const counts: Record<string, Awaited<ReturnType<typeof growth>>> = {};
  for (const [label, dir] of [
    ['without', null],
    ['with', extensionDir],
  ] as const) {
    const o = await openDense(dir);
    try {
      results[label] = await switchCost(o, weeks, 50);
      storms[label] = await attributeStorm(o, 20);
      counts[label] = await growth(o, weeks);
    } finally {
      await o.close();
    }
  }
  const [a, b] = [results.with!, results.without!];
  for (const k of ['task', 'script', 'style', 'layout'] as const)
    row(
      `  50 switches: ${k} time, with / without`,
      `${a[k].toFixed(0)} / ${b[k].toFixed(0)} ms`,
      pct(a[k], b[k]),
    );
  row(
    '  long tasks (> 50 ms), with / without',
    `${a.longTasks} / ${b.longTasks}`,
    `${a.longTaskMs.toFixed(0)} / ${b.longTaskMs.toFixed(0)} ms`,
  );
  const [sa, sb] = [storms.with!, storms.without!];
  row(
    '  3,000 attribute changes, one task, median',
    `${ms(sa.median)} / ${ms(sb.median)}`,
    `with / without: ${pct(sa.median, sb.median)}`,
  );
  row(
    '  same, page task time over 20 storms',
    `${sa.task.toFixed(0)} / ${sb.task.toFixed(0)} ms`,
    pct(sa.task, sb.task),
  );
  for (const n of [1, 100, 500] as const) {
    const [ca, cb] = [counts.with![n]!, counts.without![n]!];
    row(
      `  after ${n} switches: listeners, with / without`,
      `${ca.listeners} / ${cb.listeners}`,
      `nodes ${ca.nodes} / ${cb.nodes}`,
    );
  }
  return { switches: { with: a, without: b }, storms: { with: sa, without: sb }, counts };
}

const only = process.env.POLARITY_BENCH_ONLY?.split(',');
const want = (name: string) => !only || only.includes(name);
const extensionDir = process.env.POLARITY_BENCH_EXTENSION ?? EXTENSION_DIR;
const pages = readdirSync('tests/fixtures/pages').filter((f) => /dense/.test(f));
if (want('page')) await benchPageCost(extensionDir);
if (want('parse')) await benchParse(pages);
if (want('cold')) await benchColdReads(40);
if (want('wire') || want('heap')) {
  const wire = await benchWire();
  if (want('heap')) await benchWorkerHeap(extensionDir, wire.reads);
}
if (want('badge')) await benchEditToBadge(40);
if (want('popup')) await benchPopup(15);
if (want('sizes')) benchSizes();
