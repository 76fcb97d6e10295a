import { expect, test, vi } from 'vitest';
import { at, ev, snapshot } from './helpers';
import { setupBackground } from '../background-setup';

// Detection breaks (a bug, a corrupt record): the snapshot must still be stored.
vi.mock('@/utils/background/nudges/innovation-taken/detect-overrides', async (original) => ({
  ...(await original<
    typeof import('@/utils/background/nudges/innovation-taken/detect-overrides')
  >()),
  detectOverrides: () => {
    throw new Error('boom');
  },
}));

test('a failure in detection never costs the snapshot', async () => {
  const { bg, db, sink } = setupBackground({ now: at(24, 10) });
  const events = [ev('o', 'Ops review', 24, 9, 10), ev('s', 'Strategy', 24, 15, 17)];
  await expect(bg.applySnapshot(snapshot(events), {})).resolves.toEqual({ ok: true });
  const stored = await (await db).getAll('days');
  expect(stored.flatMap((d) => d.events.map((e) => e.id)).sort()).toEqual(['o', 's']);
  expect(sink.text).toBe('67%');
});
