import { readKey } from './read-key';

/** The slice of WXT's ContentScriptContext the watcher needs: everything it starts dies with it. */
export interface Lifetime {
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): unknown;
  addEventListener(
    target: Window & typeof globalThis,
    type: 'wxt:locationchange',
    handler: () => void,
  ): void;
}

export interface WatchOptions {
  ctx: Lifetime;
  window: Window & typeof globalThis;
  /** The page as found (the calendar source's extract). */
  read: () => unknown;
  send: (read: unknown) => void;
  /** Attributes whose change can mean new events (the source knows which). */
  attributes: readonly string[];
  /** Quiet time before a read: Calendar renders a navigation in several bursts. */
  settleMs?: number;
  /** Upper bound while the page keeps changing, so the badge still follows. */
  maxWaitMs?: number;
}

/**
 * One observer on `body` (it outlives Calendar's view swaps), batched into
 * settled reads; a read is sent only when it differs from the last one.
 */
export function watchPage({
  ctx,
  window,
  read,
  send,
  attributes,
  settleMs = 30,
  maxWaitMs = 120,
}: WatchOptions) {
  let timer: number | undefined;
  let firstPending: number | undefined;
  let lastKey = '';

  const flush = () => {
    timer = undefined;
    firstPending = undefined;
    const found = read();
    const key = readKey(found);
    if (key === lastKey) return;
    lastKey = key;
    send(found);
  };

  const schedule = () => {
    const now = window.performance.now();
    firstPending ??= now;
    if (timer !== undefined) window.clearTimeout(timer);
    const wait = Math.max(0, Math.min(settleMs, firstPending + maxWaitMs - now));
    timer = ctx.setTimeout(flush, wait);
  };

  const observer = new window.MutationObserver(schedule);
  observer.observe(window.document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: [...attributes],
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  flush();
  return { flush };
}
