import { describe, expect, test } from 'vitest';
import {
  detectOverrides,
  vanishedBlocks,
} from '@/utils/background/nudges/innovation-taken/detect-overrides';
import { overrideKey } from '@/utils/background/nudges/innovation-taken/override-key';
import { TUE_8, at, day, diffOf, ev } from './helpers';

const strategy = ev('s', 'Strategy offsite prep', 24, 15, 17);
const ops = ev('o', 'Ops review', 24, 9, 10);
const found = (
  before: Parameters<typeof diffOf>[0],
  after: Parameters<typeof diffOf>[1],
  now = TUE_8,
) => detectOverrides(diffOf(before, after), now);

describe('each cause, with its minutes', () => {
  test('a meeting newly overlapping a block: the overlap, naming the meeting', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
    const [o, ...rest] = found([strategy, ops], [strategy, ops, budget]);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({
      cause: 'overlap',
      minutesLost: 45,
      block: { id: 's', title: 'Strategy offsite prep' },
      by: { id: 'b', title: 'Budget approvals', start: at(24, 16), end: at(24, 16.75) },
      key: overrideKey(0, 's', 'overlap', 'b'),
    });
    expect(o!.block).not.toHaveProperty('category');
  });

  test('an existing meeting moved onto the block overlaps it too', () => {
    const moved = { ...ops, start: at(24, 14.5), end: at(24, 15.5) };
    expect(found([strategy, ops], [strategy, moved])).toMatchObject([
      { cause: 'overlap', minutesLost: 30, by: { id: 'o' } },
    ]);
  });

  test('a block gone from a day shown in full: deleted, its whole length', () => {
    expect(found([strategy, ops], [ops])).toMatchObject([
      { cause: 'deleted', minutesLost: 120, key: overrideKey(0, 's', 'deleted') },
    ]);
  });

  test('a shorter block: shortened, by the difference', () => {
    const shorter = { ...strategy, end: at(24, 16.5) };
    expect(found([strategy], [shorter])).toMatchObject([{ cause: 'shortened', minutesLost: 30 }]);
  });

  test('a block found outside the week: moved out', () => {
    const d = diffOf([strategy], []);
    expect(vanishedBlocks(d, TUE_8).map((b) => b.id)).toEqual(['s']);
    expect(detectOverrides(d, TUE_8, new Set(['s']))).toMatchObject([
      { cause: 'moved-out', minutesLost: 120 },
    ]);
  });
});

describe('what is not an override', () => {
  test('moving the block inside the week to a free slot', () => {
    const thursday = { ...strategy, day: day(26), start: at(26, 10), end: at(26, 12) };
    expect(found([strategy, ops], [thursday, ops])).toEqual([]);
  });

  test('a meeting that already overlapped (the sample Tuesday) is not new', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.5);
    expect(found([strategy, budget], [strategy, budget])).toEqual([]);
  });

  test('the first sight of a week: nothing to compare with', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.5);
    expect(found([], [strategy, budget])).toEqual([]);
  });

  test('re-tagging or renaming the block out of innovation is the user choosing', () => {
    const tags = { event: new Map([['s', 'execution' as const]]), series: new Map() };
    const ctx = { innovationKeywords: ['strategy'], tags };
    // Classified by the same (new) rules on both sides: never innovation, never a block.
    expect(detectOverrides(diffOf([strategy], [strategy], { ctx }), TUE_8)).toEqual([]);
    const renamed = { ...strategy, title: 'Offsite logistics' };
    expect(found([strategy], [renamed])).toEqual([]);
  });

  test('excluded, declined and innovation events take no time', () => {
    const lunch = ev('l', 'Lunch', 24, 15, 16, { kind: 'out-of-office' });
    const declined = ev('d', 'Vendor pitch', 24, 15, 16, { declined: true });
    const research = ev('r', 'Research sync', 24, 15, 16);
    expect(found([strategy], [strategy, lunch, declined, research])).toEqual([]);
  });

  test('past blocks never raise anything', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
    const evening = at(24, 17);
    expect(found([strategy], [strategy, budget], evening)).toEqual([]);
    expect(found([strategy], [], evening)).toEqual([]);
    // A block still running counts: its end is ahead.
    expect(found([strategy], [strategy, budget], at(24, 15.5))).toHaveLength(1);
  });

  test('partial days never produce deletions, shortenings or overlaps', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
    const partial = { shownFull: [] as string[] };
    expect(detectOverrides(diffOf([strategy], [], partial), TUE_8)).toEqual([]);
    expect(detectOverrides(diffOf([strategy], [strategy, budget], partial), TUE_8)).toEqual([]);
  });

  test('a day never seen in full before: a meeting there may just have been hidden', () => {
    const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
    const d = diffOf([strategy], [strategy, budget], { beforeFull: [] });
    expect(detectOverrides(d, TUE_8)).toEqual([]);
  });
});

test('one meeting over two blocks is two overrides, each with its own minutes', () => {
  const think = ev('t', 'Think time', 24, 11, 12);
  const vision = ev('v', 'Vision memo', 24, 12, 13);
  const escalation = ev('e', 'Customer escalation', 24, 11.5, 12.25);
  expect(
    found([think, vision], [think, vision, escalation]).map((o) => [o.block.id, o.minutesLost]),
  ).toEqual([
    ['t', 30],
    ['v', 15],
  ]);
});
