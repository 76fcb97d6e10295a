// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { extractView } from '@/utils/gcal/extract-view';
import type { PageRead } from '@/utils/gcal/page-read';
import { googlePageSource } from '@/utils/gcal/page-source';
import { watchPage, type Lifetime } from '@/utils/page/watch-page';

const attributes = googlePageSource.watchedAttributes;
import { committedPage, WEEK_URL } from '../../unit/gcal/page-dom';

function fakeCtx() {
  const ends: (() => void)[] = [];
  const ctx: Lifetime = {
    onInvalidated: (cb) => ends.push(cb),
    addEventListener: (target, type, handler) => target.addEventListener(type, handler),
  };
  return { ctx, ends, invalidate: () => ends.forEach((end) => end()) };
}

beforeEach(() => {
  vi.useFakeTimers();
  const page = new DOMParser().parseFromString(committedPage('week-en.html'), 'text/html');
  document.body.replaceWith(document.importNode(page.body, true));
});
afterEach(() => vi.useRealTimers());

const read = () => extractView(document, WEEK_URL);

test('sends the first read at once, then one read per settled burst of changes', async () => {
  const sent: PageRead[] = [];
  const { ctx } = fakeCtx();
  watchPage({ ctx, window, read, send: (r) => sent.push(r as PageRead), attributes });
  expect(sent).toHaveLength(1);
  const chip = document.querySelector('[data-eventchip][data-eventid]')!;
  chip.setAttribute('data-eventid', 'bmV3aWQ');
  chip.parentElement!.append(chip.cloneNode(true));
  await vi.advanceTimersByTimeAsync(200);
  expect(sent).toHaveLength(2);
  expect(JSON.stringify(sent[1])).toContain('bmV3aWQ');
});

test('a change that leaves the read as it was sends nothing', async () => {
  const sent: PageRead[] = [];
  const { ctx } = fakeCtx();
  watchPage({ ctx, window, read, send: (r) => sent.push(r as PageRead), attributes });
  document.body.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(200);
  expect(sent).toHaveLength(1);
});

test('nothing is read after the context ends', async () => {
  const send = vi.fn();
  const { ctx, invalidate } = fakeCtx();
  watchPage({ ctx, window, read, send, attributes });
  invalidate();
  document.querySelector('[data-eventchip][data-eventid]')!.remove();
  await vi.advanceTimersByTimeAsync(200);
  expect(send).toHaveBeenCalledTimes(1);
});

test('many bursts of changes register no listener on the context after the first', async () => {
  const { ctx, ends } = fakeCtx();
  const sent: unknown[] = [];
  watchPage({ ctx, window, read, send: (r) => sent.push(r), attributes });
  const registered = ends.length;
  const chip = document.querySelector('[data-eventchip][data-eventid]')!;
  for (let i = 0; i < 50; i++) {
    chip.setAttribute('data-eventid', `bmV3aWQ${i}`);
    await vi.advanceTimersByTimeAsync(200);
  }
  expect(sent).toHaveLength(51); // every burst was read and sent
  expect(ends).toHaveLength(registered);
});

test('each changed read comes with what changed since the last one sent', async () => {
  const sent: { read: PageRead; change?: unknown[] }[] = [];
  const { ctx } = fakeCtx();
  watchPage({
    ctx,
    window,
    read,
    send: (r, change) => sent.push({ read: r as PageRead, ...(change && { change }) }),
    attributes,
  });
  expect(sent[0]!.change).toBeUndefined();
  const chip = document.querySelector('[data-eventchip][data-eventid]')!;
  chip.setAttribute('data-eventid', 'bmV3aWQ');
  await vi.advanceTimersByTimeAsync(200);
  const change = sent[1]!.change!;
  expect(change.length).toBeGreaterThan(0);
  // A one-chip edit: far smaller than the read.
  expect(JSON.stringify(change).length * 10).toBeLessThan(JSON.stringify(sent[1]!.read).length);
  expect(JSON.stringify(change)).toContain('bmV3aWQ');
});

test('mutations are told in the observer callback, before any timer: marks can land in the same frame', async () => {
  const told: number[] = [];
  const sent: unknown[] = [];
  const { ctx } = fakeCtx();
  watchPage({
    ctx,
    window,
    read,
    send: (r) => sent.push(r),
    attributes,
    onMutations: (records) => told.push(records.length),
  });
  const chip = document.querySelector('[data-eventchip][data-eventid]')!;
  chip.parentElement!.append(chip.cloneNode(true));
  await Promise.resolve(); // the observer's microtask, no timer advanced
  expect(told).toEqual([1]);
  expect(sent).toHaveLength(1); // the read itself still waits for the page to settle
});
