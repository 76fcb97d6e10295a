import { expect, test } from 'vitest';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { culpritOf } from '@/utils/background/nudges/innovation-taken/detect-overrides';
import { overrideKey } from '@/utils/background/nudges/innovation-taken/override-key';
import { restoredKeys } from '@/utils/background/nudges/innovation-taken/restore';
import type { CalEvent } from '@/utils/shared/types';
import { WEEK, at, diffOf, ev } from './helpers';

const strategy = ev('s', 'Strategy offsite prep', 24, 15, 17);
const budget = ev('b', 'Budget approvals', 24, 16, 16.75);

function record(
  cause: OverrideRecord['cause'],
  over: Partial<OverrideRecord> = {},
): OverrideRecord {
  return {
    key: overrideKey(0, 's', cause, cause === 'overlap' ? 'b' : undefined),
    account: 0,
    block: strategy,
    cause,
    ...(cause === 'overlap' && { by: culpritOf(budget) }),
    minutesLost: cause === 'overlap' ? 45 : cause === 'shortened' ? 30 : 120,
    detectedAt: at(24, 8),
    state: 'open',
    weekStart: WEEK.start,
    ...over,
  };
}

const restored = (o: OverrideRecord, before: CalEvent[], after: CalEvent[]) =>
  restoredKeys([o], diffOf(before, after));

test('the meeting moved away, was declined or deleted: the overlap closes', () => {
  const o = record('overlap');
  const later = { ...budget, start: at(24, 17), end: at(24, 17.75) };
  expect(restored(o, [strategy, budget], [strategy, later])).toEqual([o.key]);
  expect(restored(o, [strategy, budget], [strategy, { ...budget, declined: true }])).toEqual([
    o.key,
  ]);
  expect(restored(o, [strategy, budget], [strategy])).toEqual([o.key]);
  expect(restored(o, [strategy, budget], [strategy, budget])).toEqual([]);
});

test('the block moved away from the meeting: the overlap closes', () => {
  const o = record('overlap');
  const moved = { ...strategy, start: at(24, 10), end: at(24, 12) };
  expect(restored(o, [strategy, budget], [moved, budget])).toEqual([o.key]);
});

test('a shortened block lengthened back closes; a little longer is not enough', () => {
  const o = record('shortened');
  const short = { ...strategy, end: at(24, 16.5) };
  expect(restored(o, [short], [strategy])).toEqual([o.key]);
  expect(restored(o, [short], [{ ...strategy, end: at(24, 16.75) }])).toEqual([]);
});

test('a deleted block back in the week (same id) or re-created by hand closes', () => {
  const o = record('deleted');
  expect(restored(o, [], [{ ...strategy, start: at(25, 9), end: at(25, 11) }])).toEqual([o.key]);
  const again = ev('new', 'strategy offsite prep ', 26, 9, 11);
  expect(restored(o, [], [again])).toEqual([o.key]);
  // Too short, another title, or a block that was already there: not a re-creation.
  expect(restored(o, [], [ev('n2', 'Strategy offsite prep', 26, 9, 10)])).toEqual([]);
  expect(restored(o, [], [ev('n3', 'Research', 26, 9, 11)])).toEqual([]);
  expect(restored(o, [again], [again])).toEqual([]);
});

test('one re-created block gives back one override, and rebooked ones stay rebooked', () => {
  const a = record('deleted');
  const b = record('deleted', { key: 'other', block: { ...strategy, id: 's2' } });
  const again = ev('new', 'Strategy offsite prep', 26, 9, 11);
  expect(restoredKeys([a, b], diffOf([], [again]))).toEqual([a.key]);
  const rebooked = record('deleted', { state: 'rebooked' });
  expect(restoredKeys([rebooked], diffOf([], [again]))).toEqual([]);
  const dismissed = record('deleted', { state: 'dismissed' });
  expect(restoredKeys([dismissed], diffOf([], [again]))).toEqual([dismissed.key]);
});
