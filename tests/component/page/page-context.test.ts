// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '@/utils/page/page-context';

// The content script's own context (aliased for WXT's in its build) ends as
// WXT's does: when a newer copy of the script starts, or the extension goes.

afterEach(() => vi.restoreAllMocks());

test('a newer copy of the script ends the older one, not itself', () => {
  const old = new ContentScriptContext('calendar');
  const ended = vi.fn();
  old.onInvalidated(ended);
  expect(old.isValid).toBe(true);
  const next = new ContentScriptContext('calendar');
  expect(ended).toHaveBeenCalledOnce();
  expect(old.isValid).toBe(false);
  expect(next.isValid).toBe(true);
  // Another script's start is not ours.
  new ContentScriptContext('other');
  expect(next.isValid).toBe(true);
});

test('the same signal as WXT’s context: a script from an older build stops, and stops this one', () => {
  // WXT names its event after the entrypoint (import.meta.env.ENTRYPOINT; 'calendar' in the build).
  const name = String(import.meta.env.ENTRYPOINT);
  const wxt = new WxtContext(name);
  const ours = new ContentScriptContext(name);
  expect(wxt.isValid).toBe(false);
  new WxtContext(name);
  expect(ours.isValid).toBe(false);
});

test('ends when the extension is gone (the runtime id with it)', () => {
  const ctx = new ContentScriptContext('calendar');
  const ended = vi.fn();
  const forget = ctx.onInvalidated(ended);
  const forgotten = vi.fn();
  ctx.onInvalidated(forgotten)();
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
  expect(ctx.isValid).toBe(false);
  expect(ended).toHaveBeenCalledOnce();
  expect(forgotten).not.toHaveBeenCalled();
  forget();
});

test('address changes without a reload reach the handler once each, until the context ends', () => {
  vi.useFakeTimers();
  const ctx = new ContentScriptContext('calendar');
  const changed = vi.fn();
  ctx.addEventListener(window, 'wxt:locationchange', changed);
  vi.advanceTimersByTime(1000);
  expect(changed).not.toHaveBeenCalled();
  history.pushState(null, '', '/calendar/u/0/r/week/2026/11/24');
  vi.advanceTimersByTime(1000);
  vi.advanceTimersByTime(1000);
  expect(changed).toHaveBeenCalledOnce();
  ctx.notifyInvalidated();
  history.pushState(null, '', '/calendar/u/0/r/week/2026/12/1');
  vi.advanceTimersByTime(2000);
  expect(changed).toHaveBeenCalledOnce();
  vi.useRealTimers();
});
