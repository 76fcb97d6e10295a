import type { OpenPopover } from '@/utils/calendar/source';

interface Lifetime {
  setTimeout(handler: () => void, timeout?: number): number;
  onInvalidated(cb: () => void): unknown;
}

/**
 * Calls `onChange` with the open event popover (or null) whenever it may
 * have changed: opened, closed, reused for another chip, or re-rendered by
 * Calendar. Batched: a burst of mutations costs one look.
 */
export function watchPopover(
  ctx: Lifetime,
  win: Window & typeof globalThis,
  onChange: (pop: OpenPopover | null) => void,
  findPopover: (doc: Document) => OpenPopover | null,
  /** Attributes whose change can open, close or re-target the popover. */
  attributes: readonly string[],
) {
  let pending = false;
  const check = () => {
    pending = false;
    onChange(findPopover(win.document));
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(check, 16);
  };
  // Our own shadow tree is outside this observer's reach, so rendering the
  // control never feeds back into it.
  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...attributes],
  });
  ctx.onInvalidated(() => observer.disconnect());
  check();
  return { check };
}
