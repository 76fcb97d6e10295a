import type { Subscribable } from './use-store';

/** The state every UI store holds: read it, patch it, hear about changes. */
export interface StoreCell<T> extends Subscribable<T> {
  set(patch: Partial<T>): void;
}

export function storeCell<T extends object>(initial: T): StoreCell<T> {
  let state = initial;
  const subscribers = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const s of subscribers) s();
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => void subscribers.delete(fn);
    },
  };
}
