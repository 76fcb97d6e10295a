import type { CalendarPageSource, OpenPopover } from '@/utils/calendar/source';
import { contextTimer } from './context-timer';

interface Lifetime {
  onInvalidated(cb: () => void): unknown;
}

type PopoverSource = Pick<CalendarPageSource, 'findPopover' | 'popoverAttributes' | 'popoverRoots'>;

const sameNodes = (a: readonly Element[], b: readonly Element[]) =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * Calls `onChange` with the open event popover (or null) whenever it may
 * have changed: opened, closed, reused for another chip, or re-rendered by
 * Calendar. Batched: a burst of mutations costs one look. Added and removed
 * nodes are watched everywhere (a dialog arrives); attributes only on the
 * source's popover roots and their ancestors, so the page's hover and scroll
 * restyling of chips is never delivered here.
 */
export function watchPopover(
  ctx: Lifetime,
  win: Window & typeof globalThis,
  onChange: (pop: OpenPopover | null) => void,
  source: PopoverSource,
) {
  const doc = win.document;
  const attributeFilter = [...source.popoverAttributes];
  let roots: Element[] = [];
  const attrs = new win.MutationObserver(() => schedule());

  /** Re-aims the attribute observer when the set of roots changed. */
  const aim = () => {
    if (!source.popoverRoots) return;
    const next = source.popoverRoots(doc);
    if (sameNodes(roots, next)) return;
    roots = next;
    attrs.disconnect();
    const ancestors = new Set<Element>();
    for (const root of roots) {
      attrs.observe(root, { attributes: true, subtree: true, attributeFilter });
      for (let up = root.parentElement; up && !ancestors.has(up); up = up.parentElement)
        ancestors.add(up);
    }
    for (const up of ancestors) attrs.observe(up, { attributes: true, attributeFilter });
  };

  const check = () => {
    aim();
    onChange(source.findPopover(doc));
  };
  const timer = contextTimer(ctx, win, check);
  const schedule = () => {
    if (!timer.armed) timer.arm(16);
  };
  // Our own shadow tree is outside these observers' reach, so rendering the
  // control never feeds back into them.
  const tree = new win.MutationObserver(schedule);
  tree.observe(doc.body, {
    childList: true,
    subtree: true,
    ...(!source.popoverRoots && { attributes: true, attributeFilter }),
  });
  ctx.onInvalidated(() => {
    tree.disconnect();
    attrs.disconnect();
  });
  check();
  return { check };
}
