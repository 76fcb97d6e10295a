/**
 * A memo for pure functions of a string. The page re-renders the same chips on
 * every mutation, so nearly every read is a hit; once past `limit` entries the
 * map is dropped whole, which bounds memory without LRU bookkeeping on the hot
 * path.
 */
export interface BoundedCache<V> {
  get(key: string, make: () => V): V;
  clear(): void;
  readonly size: number;
}

export function boundedCache<V>(limit: number): BoundedCache<V> {
  const map = new Map<string, V>();
  return {
    get(key, make) {
      const hit = map.get(key);
      if (hit !== undefined || map.has(key)) return hit as V;
      const value = make();
      if (map.size >= limit) map.clear();
      map.set(key, value);
      return value;
    },
    clear() {
      map.clear();
    },
    get size() {
      return map.size;
    },
  };
}
