// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { googleChipMarks, MARK_ATTR } from '@/utils/gcal/chip-marks';
import { googlePageSource } from '@/utils/gcal/page-source';
import { watchPopover } from '@/utils/page/tag-popover';
import { committedPage } from '../../unit/gcal/page-dom';

function lifetime() {
  const ends: (() => void)[] = [];
  return { ctx: { onInvalidated: (cb: () => void) => ends.push(cb) }, ends };
}

beforeEach(() => {
  vi.useFakeTimers();
  const page = new DOMParser().parseFromString(committedPage('week-en.html'), 'text/html');
  document.body.replaceWith(document.importNode(page.body, true));
});
afterEach(() => vi.useRealTimers());

const chips = () => [...document.querySelectorAll<HTMLElement>('[data-eventchip][data-eventid]')];

test("the popover watcher is not told of the chips' hover and scroll restyling, only of the dialog", async () => {
  const { ctx, ends } = lifetime();
  const find = vi.fn(() => null);
  watchPopover(ctx, window, () => {}, { ...googlePageSource, findPopover: find });
  const looks = find.mock.calls.length;
  const registered = ends.length;
  for (let k = 0; k < 3000; k++) {
    const chip = chips()[k % chips().length]!;
    chip.classList.toggle('hover');
    chip.style.setProperty('--x', String(k));
  }
  await vi.advanceTimersByTimeAsync(100);
  expect(find).toHaveBeenCalledTimes(looks);
  // The dialog re-targeted to another chip (an attribute inside it) is seen.
  const dialog = document.querySelector('[data-chips-dialog="true"]')!;
  dialog.setAttribute('style', 'display: block');
  await vi.advanceTimersByTimeAsync(100);
  expect(find).toHaveBeenCalledTimes(looks + 1);
  // A dialog arriving is seen, and then its own attributes are.
  const next = dialog.cloneNode(true) as HTMLElement;
  document.body.append(next);
  await vi.advanceTimersByTimeAsync(100);
  expect(find).toHaveBeenCalledTimes(looks + 2);
  next.setAttribute('aria-hidden', 'true');
  await vi.advanceTimersByTimeAsync(100);
  expect(find).toHaveBeenCalledTimes(looks + 3);
  expect(ends).toHaveLength(registered); // no listener per look
});

test('chips are marked by id, only the changed ones are touched, and the marks go with null', async () => {
  const [a, b, c] = chips().map((el) => el.getAttribute('data-eventid')!);
  const categories: Record<string, 'innovation' | 'execution'> = {
    [a!]: 'innovation',
    [b!]: 'execution',
  };
  googleChipMarks.mark(document, (eid) => categories[eid]);
  const markOf = (eid: string) =>
    document.querySelector(`[data-eventchip][data-eventid="${eid}"]`)!.getAttribute(MARK_ATTR);
  expect([markOf(a!), markOf(b!), markOf(c!)]).toEqual(['innovation', 'execution', null]);

  const touched: string[] = [];
  const seen = new MutationObserver((records) =>
    records.forEach((r) => touched.push((r.target as Element).getAttribute('data-eventid')!)),
  );
  seen.observe(document.body, { subtree: true, attributes: true, attributeFilter: [MARK_ATTR] });
  categories[b!] = 'innovation';
  googleChipMarks.mark(document, (eid) => categories[eid]);
  await vi.advanceTimersByTimeAsync(0);
  expect(touched.every((eid) => eid === b)).toBe(true);
  expect(touched.length).toBeGreaterThan(0);

  // A chip Calendar re-used for another event takes that event's mark.
  const reused = document.querySelector(`[data-eventchip][data-eventid="${a}"]`)!;
  reused.setAttribute('data-eventid', c!);
  googleChipMarks.mark(document, (eid) => categories[eid]);
  expect(reused.getAttribute(MARK_ATTR)).toBeNull();

  googleChipMarks.mark(document, null);
  expect(document.querySelectorAll(`[${MARK_ATTR}]`)).toHaveLength(0);
  seen.disconnect();
});

test('the fixed stylesheet holds only the three category words, no id', () => {
  const words = [...googleChipMarks.css.matchAll(/data-polarity-mark="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(words)).toEqual(new Set(['innovation', 'execution', 'excluded']));
  expect(googleChipMarks.css).not.toMatch(/data-eventid/);
});

test('only the chips a mutation added or re-targeted are marked, in the observer callback', async () => {
  const all = chips();
  const categories = new Map(
    all.map((el) => [el.getAttribute('data-eventid')!, 'execution' as const]),
  );
  const touched: Element[] = [];
  const seen = new MutationObserver((records) =>
    records.forEach((r) => touched.push(r.target as Element)),
  );
  seen.observe(document.body, { subtree: true, attributes: true, attributeFilter: [MARK_ATTR] });
  const watch = new MutationObserver((records) =>
    googleChipMarks.markChanged(records, (eid) => categories.get(eid)),
  );
  watch.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-eventid'],
  });
  // A column re-rendered: its chips are new nodes.
  const column = all[0]!.parentElement!;
  const fresh = column.cloneNode(true) as HTMLElement;
  column.replaceWith(fresh);
  await Promise.resolve();
  const inFresh = [...fresh.querySelectorAll('[data-eventchip][data-eventid]')];
  expect(inFresh.length).toBeGreaterThan(0);
  expect(inFresh.every((c) => c.getAttribute(MARK_ATTR) === 'execution')).toBe(true);
  // Chips elsewhere on the page were not looked at.
  seen.takeRecords().forEach((r) => touched.push(r.target as Element));
  expect(new Set(touched)).toEqual(new Set(inFresh));
  // A chip re-used for an event nobody knows loses its mark.
  inFresh[0]!.setAttribute('data-eventid', 'dW5rbm93biBj');
  await Promise.resolve();
  expect(inFresh[0]!.getAttribute(MARK_ATTR)).toBeNull();
  watch.disconnect();
  seen.disconnect();
});
