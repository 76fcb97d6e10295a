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
 * heap after a GC once the first cycle settled, and again at the end.
 * `deltaCode` puts `__delta.jsonDiff` in the sending page.
 */
export async function measureWorkerHeap(
  extensionDir: string,
  reads: unknown[],
  total: number,
  deltaCode: string,
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
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.evaluate(deltaCode);
    const send = (from: number, count: number) =>
      page.evaluate(
        async (reads, from, count) => {
          type Delta = { jsonDiff: (a: unknown, b: unknown) => unknown[] };
          const { jsonDiff } = (globalThis as unknown as { __delta: Delta }).__delta;
          for (let i = from; i < from + count; i++) {
            const read = reads[i % reads.length];
            const data =
              i === 0
                ? { seq: 1, read }
                : { seq: i + 1, base: i, ops: jsonDiff(reads[(i - 1) % reads.length], read) };
            // A build without changes (before pageRead) is sent the whole read as a snapshot.
            const g = globalThis as unknown as { __whole?: boolean };
            const answer = g.__whole
              ? undefined
              : await chrome.runtime.sendMessage({ type: 'pageRead', data }).catch(() => undefined);
            if (answer === undefined) {
              g.__whole = true;
              await chrome.runtime.sendMessage({ type: 'snapshot', data: read });
            }
          }
        },
        reads,
        from,
        count,
      );
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
