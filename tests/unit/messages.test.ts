import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenInPage } from '@/utils/shared/messages';

/** A message as the background sends it to the tab; the answer comes through sendResponse. */
const ask = (message: unknown, sender: object = { id: fakeBrowser.runtime.id }) =>
  new Promise<unknown>((resolve) => {
    void fakeBrowser.runtime.onMessage
      .trigger(message, sender, resolve)
      .then((claimed: unknown[]) => claimed.some(Boolean) || resolve(undefined));
  });

test('the page listener answers through sendResponse, and leaves unknown messages alone', async () => {
  const showNudges = vi.fn(() => ({ ok: true as const }));
  const stop = listenInPage({ showNudges });
  expect(await ask({ type: 'showNudges', data: { nudges: [] } })).toEqual({ ok: true });
  expect(showNudges).toHaveBeenCalledWith({ nudges: [] }, expect.anything());
  // Not ours: no answer is claimed, so another listener may give one.
  expect(await ask({ type: 'getWeekReport', data: { offset: 0 } })).toBeUndefined();
  expect(await ask('not an envelope')).toBeUndefined();
  stop();
  showNudges.mockClear();
  await ask({ type: 'showNudges', data: { nudges: [] } }).catch(() => undefined);
  expect(showNudges).not.toHaveBeenCalled();
});

test('a failing page handler still answers, so the sender is not left waiting', async () => {
  listenInPage({
    nudgeClosed: () => {
      throw new Error('boom');
    },
  });
  await expect(ask({ type: 'nudgeClosed', data: { key: 'k' } })).resolves.toBeUndefined();
});

test('the page listener ignores messages from anyone but Polarity', async () => {
  const showNudges = vi.fn(() => ({ ok: true as const }));
  listenInPage({ showNudges });
  expect(await ask({ type: 'showNudges', data: { nudges: [] } }, { id: 'other-extension' })).toBe(
    undefined,
  );
  expect(showNudges).not.toHaveBeenCalled();
});
