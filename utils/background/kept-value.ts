/**
 * A stored value kept in memory and read again only after storage says it
 * changed. The popup's report reads the settings and rules each time; from a
 * worker that is a trip to the browser's storage, for values that change a
 * few times a month. `watch` returns its unwatch, kept for tests.
 */
export function keptValue<T>(
  read: () => Promise<T>,
  watch: (changed: () => void) => () => void,
): { get: () => Promise<T>; stop: () => void } {
  let kept: Promise<T> | undefined;
  const stop = watch(() => {
    kept = undefined;
  });
  return {
    get() {
      const value = (kept ??= read());
      // A failed read is not kept: the next asks storage again.
      value.catch(() => kept === value && (kept = undefined));
      return value;
    },
    stop,
  };
}
