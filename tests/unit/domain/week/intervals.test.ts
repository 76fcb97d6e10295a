import { expect, test } from 'vitest';
import { intersect, subtract, union } from '@/utils/domain/week/intervals';

test('union merges overlapping and touching intervals', () => {
  expect(
    union([
      [5, 8],
      [1, 3],
      [2, 4],
      [8, 9],
    ]),
  ).toEqual([
    [1, 4],
    [5, 9],
  ]);
});

test('subtract cuts holes and trims edges', () => {
  expect(
    subtract(
      [
        [0, 10],
        [20, 30],
      ],
      [
        [2, 4],
        [8, 22],
        [29, 40],
      ],
    ),
  ).toEqual([
    [0, 2],
    [4, 8],
    [22, 29],
  ]);
  expect(subtract([[0, 10]], [])).toEqual([[0, 10]]);
  expect(subtract([[0, 10]], [[0, 10]])).toEqual([]);
});

test('intersect keeps only shared parts', () => {
  expect(
    intersect(
      [
        [0, 10],
        [20, 30],
      ],
      [[5, 25]],
    ),
  ).toEqual([
    [5, 10],
    [20, 25],
  ]);
});
