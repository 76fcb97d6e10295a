// The service worker's heap after many page reads, measured over CDP on the worker itself
// (Playwright gives no CDP session for a service worker; puppeteer-core does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { chromiumPath } from '../tests/e2e/chromium-path.ts';

declare const chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Two passes: the first can leave garbage that only a second one frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * `total` page reads sent to the background the way a Calendar tab sends
 * them (whole, then as changes), cycling through `reads`; the worker's used
 * heap after a GC once the first cycle settled, and again at the end. They
 * are sent from the content script's own world in a calendar tab (`page` is
 * served there): the background takes page reads from nowhere else.
 * `deltaCode` puts `__delta.jsonDiff` in that world.
 */
export async function measureWorkerHeap(
  extensionDir: string,
  reads: unknown[],
  total: number,
  deltaCode: string,
  page: { html: string; path: string },
) {
  const dir = mkdtempSync(join(tmpdir(), 'polarity-bench-sw-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir: dir,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker');
    const id = new URL(target.url()).host;
    const cdp = await target.createCDPSession();
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    // The calendar page is the fixture; nothing else is fetched.
    tab.on('request', (r) =>
      r.url().startsWith('https://calendar.google.com/')
        ? void r.respond({ status: 200, contentType: 'text/html', body: page.html })
        : void r.abort(),
    );
    const tabCdp = await tab.createCDPSession();
    const worlds: { id: number; origin: string; type?: string }[] = [];
    tabCdp.on('Runtime.executionContextCreated', ({ context }) =>
      worlds.push({ id: context.id, origin: context.origin, type: context.auxData?.type }),
    );
    await tabCdp.send('Runtime.enable');
    await tab.goto(`https://calendar.google.com${page.path}`);
    let world: number | undefined;
    for (let i = 0; i < 200 && world === undefined; i++) {
      world = worlds.find((w) => w.type === 'isolated' && w.origin.includes(id))?.id;
      if (world === undefined) await new Promise((r) => setTimeout(r, 25));
    }
    if (world === undefined) throw new Error('the content script never ran in the calendar tab');
    await new Promise((r) => setTimeout(r, 1000)); // the tab's own first read settles
    const run = async (expression: string) => {
      const { exceptionDetails } = await tabCdp.send('Runtime.evaluate', {
        contextId: world,
        expression,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    };
    await run(`${deltaCode}; globalThis.__reads = ${JSON.stringify(reads)};`);
    const sendAll = async (from: number, count: number) => {
      type Delta = { jsonDiff: (a: unknown, b: unknown) => unknown[] };
      const g = globalThis as unknown as { __delta: Delta; __reads: unknown[] };
      const { jsonDiff } = g.__delta;
      const reads = g.__reads;
      for (let i = from; i < from + count; i++) {
        const read = reads[i % reads.length];
        const data =
          i === 0
            ? { seq: 1, read }
            : { seq: i + 1, base: i, ops: jsonDiff(reads[(i - 1) % reads.length], read) };
        const answer = (await chrome.runtime.sendMessage({ type: 'pageRead', data })) as {
          ok?: boolean;
          reason?: string;
          resend?: boolean;
        };
        // A refused or unplaced read would measure a worker that does nothing.
        if (answer?.ok === false || answer?.resend)
          throw new Error(`read ${i} not taken: ${answer.reason ?? 'asked whole'}`);
      }
    };
    const send = (from: number, count: number) => run(`(${sendAll.toString()})(${from}, ${count})`);
    // Sampled along the way: bounded memos fill and start over, a leak only grows.
    const samples: number[] = [];
    for (let done = 0; done < total;) {
      const next = done === 0 ? reads.length : Math.min(total, done + 95);
      await send(done, next - done);
      done = next;
      await new Promise((r) => setTimeout(r, 1000)); // the report warm-up and queued writes
      samples.push(await usedHeap(cdp));
    }
    return { first: samples[0]!, last: samples.at(-1)!, samples, total };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
