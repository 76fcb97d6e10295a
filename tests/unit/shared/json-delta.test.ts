import fc from 'fast-check';
import { expect, test } from 'vitest';
import { jsonDiff, jsonEqual, jsonPatch } from '@/utils/shared/json-delta';

const week = () => ({
  href: 'x',
  readAt: 1,
  grid: {
    columns: Array.from({ length: 7 }, (_, d) => ({
      key: `k${d}`,
      chips: Array.from({ length: 40 }, (_, i) => ({
        eid: `e${d}-${i}`,
        hidden: `text ${i}`,
        visible: ['a', 'b'],
        top: i,
      })),
    })),
  },
});

test('a patch of the diff rebuilds the new value, and leaves the old one as it was', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      const before = JSON.stringify(a);
      const rebuilt = jsonPatch(a, jsonDiff(a, b));
      expect(jsonEqual(rebuilt, b)).toBe(true);
      expect(JSON.stringify(a)).toBe(before);
    }),
    { numRuns: 2000 },
  );
});

test('a one-chip edit is one small operation, not the week', () => {
  const a = week();
  const b = week();
  b.grid.columns[3]!.chips.splice(5, 0, { eid: 'new', hidden: 'added', visible: ['n'], top: 9 });
  const ops = jsonDiff(a, b);
  expect(ops).toEqual([
    { p: ['grid', 'columns', 3, 'chips'], s: [5, 0, [b.grid.columns[3]!.chips[5]]] },
  ]);
  expect(jsonEqual(jsonPatch(a, ops), b)).toBe(true);
  const moved = week();
  moved.grid.columns[1]!.chips[2]!.top = 99;
  expect(jsonDiff(a, moved)).toEqual([{ p: ['grid', 'columns', 1, 'chips', 2, 'top'], v: 99 }]);
});

test('a new week goes as whole columns, no larger than the read', () => {
  const a = week();
  const b = week();
  for (const c of b.grid.columns) {
    c.key += 'next';
    for (const chip of c.chips) chip.hidden += ' next';
  }
  const ops = jsonDiff(a, b);
  expect(JSON.stringify(ops).length).toBeLessThan(JSON.stringify(b).length * 1.05);
  expect(jsonEqual(jsonPatch(a, ops), b)).toBe(true);
});

test('operations that do not fit the base, or would reach a prototype, are refused', () => {
  const base = { a: [1, 2], b: { c: 1 } };
  for (const ops of [
    [{ p: ['a', 5], v: 1 }],
    [{ p: ['a'], s: [1, 5, []] }],
    [{ p: ['zz', 'y'], v: 1 }],
    [{ p: ['__proto__', 'polluted'], v: 1 }],
    [{ p: ['b', '__proto__'], v: { polluted: 1 } }],
    [{ p: ['constructor'], d: 1 }],
    [{ p: 'a', v: 1 }],
    [{ nothing: true }],
    'not a list',
  ]) {
    expect(jsonPatch(base, ops)).toBeUndefined();
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(base).toEqual({ a: [1, 2], b: { c: 1 } });
});
