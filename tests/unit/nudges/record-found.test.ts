import { expect, test } from 'vitest';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { detectOverrides } from '@/utils/background/nudges/innovation-taken/detect-overrides';
import {
  recordFound,
  type RecordContext,
} from '@/utils/background/nudges/innovation-taken/record-found';
import { TUE_8, WEEK, at, diffOf, ev } from './helpers';

const strategy = ev('s', 'Strategy offsite prep', 24, 15, 17);
const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
const ctx: RecordContext = {
  account: 0,
  weekStart: WEEK.start,
  now: TUE_8,
  nudge: 'sent',
  rebookSlot: () => ({ start: at(24, 9), end: at(24, 9.75) }),
};
const found = detectOverrides(diffOf([strategy], [strategy, budget]), TUE_8);
const stored = (records: OverrideRecord[]) => new Map(records.map((r) => [r.key, r]));

test('a new override is recorded open, with its slot, and nudged', () => {
  const { write, nudgeNow } = recordFound(found, new Map(), ctx);
  expect(write).toEqual([
    {
      key: found[0]!.key,
      account: 0,
      block: strategy,
      cause: 'overlap',
      by: {
        id: 'b',
        eid: budget.eid,
        title: 'Budget approvals',
        start: budget.start,
        end: budget.end,
      },
      minutesLost: 45,
      detectedAt: TUE_8,
      state: 'open',
      weekStart: WEEK.start,
      nudge: 'sent',
      rebook: { start: at(24, 9), end: at(24, 9.75) },
    },
  ]);
  expect(nudgeNow).toEqual(write);
});

test('seen again, in whatever state, is not new', () => {
  const first = recordFound(found, new Map(), ctx).write;
  for (const state of ['open', 'dismissed', 'rebooked'] as const) {
    const again = recordFound(found, stored(first.map((r) => ({ ...r, state }))), ctx);
    expect(again).toEqual({ write: [], nudgeNow: [] });
  }
});

test('restored and then taken again: open again, but the nudge is never repeated', () => {
  const [first] = recordFound(found, new Map(), ctx).write;
  const again = recordFound(found, stored([{ ...first!, state: 'restored', closedAt: 1 }]), {
    ...ctx,
    now: TUE_8 + 1000,
  });
  expect(again.nudgeNow).toEqual([]);
  expect(again.write).toMatchObject([{ state: 'open', nudge: 'sent', detectedAt: TUE_8 + 1000 }]);
  expect(again.write[0]).not.toHaveProperty('closedAt');
});

test('held or skipped nudges are recorded, not sent', () => {
  expect(recordFound(found, new Map(), { ...ctx, nudge: 'held' })).toMatchObject({
    write: [{ nudge: 'held' }],
    nudgeNow: [],
  });
  expect(recordFound(found, new Map(), { ...ctx, nudge: 'skipped' }).nudgeNow).toEqual([]);
});

test('shortened twice: one override, the losses add up', () => {
  const shorter = { ...strategy, end: at(24, 16.5) };
  const [first] = recordFound(
    detectOverrides(diffOf([strategy], [shorter]), TUE_8),
    new Map(),
    ctx,
  ).write;
  const shortest = { ...strategy, end: at(24, 16) };
  const second = recordFound(
    detectOverrides(diffOf([shorter], [shortest]), TUE_8),
    stored([first!]),
    ctx,
  );
  expect(second.write).toMatchObject([{ key: first!.key, minutesLost: 60 }]);
  expect(second.nudgeNow).toEqual([]);
});
