import { expect, test } from 'vitest';
import { innovationBlocks } from '@/utils/domain/report/innovation-blocks';
import { weekRange } from '@/utils/domain/week/week-range';
import { at, calEvent, classified, override } from './events';

const week = weekRange(at(24, 12), 1);

test('innovation blocks are kept unless an override names them', () => {
  const events = [
    classified('s', 'Strategy', 'innovation', 24, 9, 11),
    classified('p', 'Prototype', 'innovation', 25, 14, 16),
    classified('m', 'Standup', 'execution', 24, 8, 9),
  ];
  const blocks = innovationBlocks(events, [override(events[1]!)], week);
  expect(blocks.map((b) => [b.title, b.status, b.minutes, b.minutesLost])).toEqual([
    ['Strategy', 'kept', 120, 0],
    ['Prototype', 'overridden', 120, 60],
  ]);
  expect(blocks[1]!.overrides).toEqual([
    { cause: 'overlap', byTitle: 'Budget fire', minutesLost: 60, state: 'open' },
  ]);
});

test('a deleted block comes back from its override record, as it was', () => {
  const gone = calEvent('g', 'Vision time', 26, 10, 12);
  const blocks = innovationBlocks([], [override(gone, { cause: 'deleted', by: undefined })], week);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toMatchObject({ title: 'Vision time', status: 'overridden', minutes: 120 });
  expect(blocks[0]!.overrides[0]).not.toHaveProperty('byTitle');
});

test('a restored override gives the block back', () => {
  const e = classified('s', 'Strategy', 'innovation', 24, 9, 11);
  const [block] = innovationBlocks([e], [override(e, { state: 'restored' })], week);
  expect(block!.status).toBe('kept');
});

test('a Rebook link appears only when the provider gives one', () => {
  const a = classified('a', 'Strategy', 'innovation', 24, 9, 11);
  const b = classified('b', 'Research', 'innovation', 25, 9, 11);
  const blocks = innovationBlocks([a, b], [override(a), override(b)], week, (o) =>
    o.block.id === 'a'
      ? 'https://calendar.google.com/calendar/r/eventedit?text=Strategy'
      : undefined,
  );
  expect(blocks[0]!.overrides[0]!.rebookUrl).toContain('eventedit');
  expect(blocks[1]!.overrides[0]).not.toHaveProperty('rebookUrl');
});

test('execution on top of a kept block shows as overlap minutes; declined blocks are not blocks', () => {
  const events = [
    classified('s', 'Strategy', 'innovation', 24, 9, 11),
    classified('m', 'Escalation', 'execution', 24, 10, 12),
    classified('d', 'Research', 'innovation', 25, 9, 11, { declined: true }),
  ];
  const blocks = innovationBlocks(events, [], week);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]).toMatchObject({ status: 'kept', overlapMin: 60 });
});
