import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NUDGE_KINDS } from '@/utils/background/nudges/kinds';
import type { NudgeKindFactory } from '@/utils/background/nudges/nudge-kind';
import { createNudgeService, notificationId } from '@/utils/background/nudges/nudge-service';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { serial } from '@/utils/shared/serial';
import { googleUrls } from '@/utils/gcal/urls';
import { fakeChannels } from '../background-setup';

// "Adding a kind is one new file and one line": a kind the service has never
// heard of gets its alarm, its actions and its surfaces closed, with no other change.

function service(kinds: NudgeKindFactory[]) {
  const { channels, calls } = fakeChannels();
  const nudges = createNudgeService({
    db: openPolarityDb(`kinds-${Math.random()}`),
    now: () => 0,
    queue: serial(),
    refresh: async () => undefined,
    urls: googleUrls,
    tabPattern: 'unused',
    accountOf: () => 0,
    settings: async () => DEFAULT_SETTINGS,
    channels,
    kinds,
  });
  return { nudges, calls };
}

test('the product walks every kind, each owning its own keys', () => {
  const { nudges } = service([...NUDGE_KINDS]);
  expect(nudges.kinds).toHaveLength(4);
  const keys = [
    JSON.stringify([0, 'block', 'overlap', 'by']),
    JSON.stringify(['next-week', 0, 1]),
    JSON.stringify(['streak', 0, 1]),
    JSON.stringify(['after-hours', 0, 1]),
  ];
  // Each key is owned by exactly its own kind, in the order of kinds.ts.
  expect(nudges.kinds.map((k) => keys.map((key) => k.owns(key)))).toEqual([
    [true, false, false, false],
    [false, true, false, false],
    [false, false, true, false],
    [false, false, false, true],
  ]);
  expect(nudges.kinds[0]!.owns('not json')).toBe(false);
});

test('a new kind: its alarm runs, its action runs, both surfaces close; unknown keys are refused', async () => {
  fakeBrowser.reset();
  const seen: string[] = [];
  const birthday: NudgeKindFactory = () => ({
    alarms: { 'polarity-birthday': async () => void seen.push('alarm') },
    start: async () => void seen.push('start'),
    owns: (key) => key.startsWith('birthday:'),
    act: async (key, action) => (seen.push(`${action} ${key}`), true),
  });
  const { nudges, calls } = service([birthday]);
  nudges.watch();
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'polarity-birthday',
    scheduledTime: 0,
    persistAcrossSessions: false,
  });
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'someone-else',
    scheduledTime: 0,
    persistAcrossSessions: false,
  });
  expect(await nudges.handlers.nudgeAction({ key: 'birthday:1', action: 'open' }, {})).toEqual({
    ok: true,
  });
  expect(await nudges.handlers.nudgeAction({ key: 'other', action: 'open' }, {})).toEqual({
    ok: false,
  });
  expect(seen).toEqual(['start', 'alarm', 'open birthday:1']);
  expect(calls.clear).toEqual([notificationId('birthday:1')]);
  expect(calls.closed).toEqual(['birthday:1']);
});
