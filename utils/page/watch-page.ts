import { contextTimer } from './context-timer';
import type { DeltaOp } from '@/utils/shared/json-delta';
import { readChange } from './read-key';

/** The slice of WXT's ContentScriptContext the watcher needs: everything it starts dies with it. */
export interface Lifetime {
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
  /** A changed read, and what changed since the last one sent (none for the first). */
  send: (read: unknown, change?: DeltaOp[]) => void;
  /** Attributes whose change can mean new events (the source knows which). */
  attributes: readonly string[];
  /** Quiet time before a read: Calendar renders a navigation in several bursts. */
  settleMs?: number;
  /** Upper bound while the page keeps changing, so the badge still follows. */
  maxWaitMs?: number;
  /** Told of every mutation batch in the observer's callback, before the page's next frame. */
  onMutations?: (records: readonly MutationRecord[]) => void;
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
  onMutations,
}: WatchOptions) {
  let firstPending: number | undefined;
  let last: { read: unknown } | undefined;

  // `again`: sent even when nothing changed, for the background to classify it afresh.
  const flush = (again = false) => {
    firstPending = undefined;
    const found = read();
    if (!last) {
      last = { read: found };
      return send(found);
    }
    const change = readChange(last.read, found);
    if (change.length === 0 && !again) return;
    last.read = found;
    send(found, change);
  };

  const timer = contextTimer(ctx, window, () => flush());
  const schedule = () => {
    const now = window.performance.now();
    firstPending ??= now;
    timer.arm(Math.max(0, Math.min(settleMs, firstPending + maxWaitMs - now)));
  };

  const observer = new window.MutationObserver((records) => {
    onMutations?.(records);
    schedule();
  });
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
  return { flush, sendAgain: () => flush(true) };
}
