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
  waitForBadge,
} from '../tests/e2e/harness.ts';

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
        import { readView, clearReadCaches } from '@/utils/gcal/read-view';
        import { readViewNaive } from '@/utils/gcal/read-view-naive';
        globalThis.__polarity = { readView, readViewNaive, clearReadCaches };`,
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

/** Parse time per view: warm (the content script's steady state), cold (caches cleared) and naive. */
async function benchParse(pages: string[]) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-background-networking', '--no-sandbox'],
  });
  const code = await bundleReaders();
  console.log('\nParse (readView on the whole page, 300+ chips), Chromium');
  for (const name of pages) {
    const page = await browser.newPage();
    await page.route('**/*', (r) =>
      r.fulfill({ contentType: 'text/html', body: fixturePage(name) }),
    );
    await page.goto(WEEK_URL.replace('/week/', name.includes('month') ? '/month/' : '/week/'));
    await page.addScriptTag({ content: code });
    const r = await page.evaluate((runs: number) => {
      type Api = {
        readView: (root: ParentNode, url: URL) => { events: unknown[] };
        readViewNaive: (root: ParentNode, url: URL) => { events: unknown[] };
        clearReadCaches: () => void;
      };
      const api = (globalThis as unknown as { __polarity: Api }).__polarity;
      const url = new URL(location.href);
      const time = (f: () => void) => {
        const t = performance.now();
        f();
        return performance.now() - t;
      };
      const chips = document.querySelectorAll('[data-eventchip]').length;
      const events = api.readView(document, url).events.length;
      const naiveEvents = api.readViewNaive(document, url).events.length;
      const warm: number[] = [];
      const cold: number[] = [];
      const naive: number[] = [];
      for (let i = 0; i < runs; i++) {
        warm.push(time(() => api.readView(document, url)));
        api.clearReadCaches();
        cold.push(time(() => api.readView(document, url)));
        naive.push(time(() => api.readViewNaive(document, url)));
      }
      return { chips, events, naiveEvents, warm, cold, naive };
    }, 200);
    const [w, c, n] = [stats(r.warm), stats(r.cold), stats(r.naive)];
    console.log(`  ${name}: ${r.chips} chips, ${r.events} events (naive reader: ${r.naiveEvents})`);
    row(
      '    readView warm, median / p95',
      `${ms(w.median)} / ${ms(w.p95)}`,
      `${(n.median / w.median).toFixed(1)}x faster than naive`,
    );
    row(
      '    readView cold, median / p95',
      `${ms(c.median)} / ${ms(c.p95)}`,
      `${(n.median / c.median).toFixed(1)}x faster than naive`,
    );
    row('    naive innerText reader, median / p95', `${ms(n.median)} / ${ms(n.p95)}`);
    await page.close();
  }
  await browser.close();
}

/** Page edit → badge updated, through the real content script, message wire, IndexedDB and action API. */
async function benchEditToBadge(runs: number) {
  const s = await launch();
  try {
    const page = await openCalendar(
      s,
      fixturePage('week-en.html'),
      '/calendar/u/0/r/week/2026/11/24',
    );
    await waitForBadge(s, (b) => /%$/.test(b.text));
    const worker = await s.worker();
    const lat: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = (await worker.evaluate(
        () => chrome.action.getBadgeTitle?.({}) ?? chrome.action.getTitle({}),
      )) as string;
      const edited = await page.evaluate((i: number) => {
        // Toggle one chip's hidden time between two lengths: a real edit that changes the split.
        const chip = document.querySelector<HTMLElement>('[data-eventchip][data-eventid] .XuJrye');
        if (!chip) throw new Error('no chip');
        const text = chip.textContent ?? '';
        chip.textContent =
          i % 2
            ? text.replace(/^(\S+) to (\S+),/, (_m, a) => `${a} to 11:59pm,`)
            : ((chip.dataset.orig ??= text), text);
        if (i % 2 === 0 && chip.dataset.orig)
          chip.textContent = chip.dataset.orig.replace(/^([^,]+) to ([^,]+),/, '$1 to 11:30pm,');
        return Date.now();
      }, i);
      const changedAt = (await worker.evaluate(async (prev: string) => {
        for (;;) {
          const t = await chrome.action.getTitle({});
          if (t !== prev) return Date.now();
          await new Promise((r) => setTimeout(r, 1));
        }
      }, before)) as number;
      lat.push(changedAt - edited);
    }
    const st = stats(lat);
    console.log('\nEdit on the page → badge updated (built extension, Chromium)');
    row(
      '  latency median / p95',
      `${st.median} ms / ${st.p95} ms`,
      `${st.n} edits, target p95 < 150 ms`,
    );
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
  action: {
    getTitle(d: object): Promise<string>;
    getBadgeTitle?: (d: object) => Promise<string>;
  };
};

const pages = readdirSync('tests/fixtures/pages').filter((f) => /dense/.test(f));
await benchParse(pages);
await benchEditToBadge(40);
benchSizes();
