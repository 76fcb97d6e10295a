import { useEffect, useState } from 'preact/hooks';

/** What every UI store offers: a snapshot of its state and change notices. */
export interface Subscribable<T> {
  get(): T;
  subscribe(fn: () => void): () => void;
}

/** Re-renders on every change of a store (popup, options, settings, data). */
export function useStore<T>(store: Subscribable<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}
