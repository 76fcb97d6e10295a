import { expect, test } from 'vitest';
import { boundedCache } from '@/utils/gcal/bounded-cache';

test('memoises, caches null, and starts over past its limit', () => {
  const cache = boundedCache<string | null>(3);
  let calls = 0;
  const make = (v: string | null) => () => (calls++, v);
  expect(cache.get('a', make('A'))).toBe('A');
  expect(cache.get('a', make('other'))).toBe('A');
  expect(cache.get('n', make(null))).toBeNull();
  expect(cache.get('n', make('other'))).toBeNull();
  expect(calls).toBe(2);
  cache.get('b', make('B'));
  expect(cache.size).toBe(3);
  cache.get('c', make('C'));
  expect(cache.size).toBe(1);
  cache.clear();
  expect(cache.size).toBe(0);
});
