import { expect, test } from 'vitest';
import type { Snapshot } from '@/utils/shared/types';
import { at, sampleEvent } from '../domain/backup/sample-data';
import { setupBackground } from '../background-setup';

// Wednesday noon; the week Monday 23 – Sunday 29 November 2026.
const now = at(2026, 11, 25, 12);
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);
const ops = (d: number) =>
  sampleEvent(`ops_202611${d}T090000Z`, [2026, 11, d], { title: 'Weekly ops review' });
const snap: Snapshot = {
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events: [
    ops(23),
    ops(24),
    sampleEvent('budget', [2026, 11, 24], {
      title: 'Budget review',
      start: at(2026, 11, 24, 14),
      end: at(2026, 11, 24, 15),
    }),
    sampleEvent('lab', [2026, 11, 25], {
      title: 'Prototype lab',
      start: at(2026, 11, 25, 14),
      end: at(2026, 11, 25, 16),
    }),
  ],
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
};
const lab = { id: 'lab', seriesId: 'lab' };
const OPS = { kind: 'series', key: 'ops', title: 'Weekly ops review' } as const;

test('the choices, a link saved, the served week; untagging takes the link away', async () => {
  const { bg } = setupBackground({ now }, 'serves-handlers-1');
  const h = bg.handlers;
  await bg.applySnapshot(snap, {});
  expect(await h.getServed!({ offset: 0 }, {})).toMatchObject({
    innovationMin: 120,
    servedMin: 0,
    items: [],
    trend: [],
  });

  const asked = await h.getServesChoices!({ account: 0, event: lab }, {});
  expect(asked).toEqual({
    choices: [OPS, { kind: 'title', key: 'budget review', title: 'Budget review' }],
    current: null,
  });

  await h.setServes!({ account: 0, scope: 'event', event: lab, target: OPS }, {});
  expect((await h.getServesChoices!({ account: 0, event: lab }, {})).current).toEqual({
    scope: 'event',
    target: OPS,
  });
  const served = await h.getServed!({ offset: 0 }, {});
  expect(served).toMatchObject({
    innovationMin: 120,
    servedMin: 120,
    items: [{ target: OPS, minutes: 120 }],
  });
  // Served in the last of the eight weeks: nothing after it yet.
  expect(served?.trend).toEqual([{ target: OPS, before: null, after: null, change: 'unknown' }]);
  // In the backup too.
  expect((await h.exportData!({}, {})).serves).toEqual([
    { account: 0, scope: 'event', id: 'lab', target: OPS, at: now },
  ]);

  // Tagged execution: no longer innovation, the link goes.
  await h.setTag!(
    {
      account: 0,
      scope: 'event',
      event: { ...lab, title: 'Prototype lab' },
      category: 'execution',
    },
    {},
  );
  expect((await h.getServesChoices!({ account: 0, event: lab }, {})).current).toBeNull();
});
