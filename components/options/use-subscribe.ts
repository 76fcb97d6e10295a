import { useEffect, useState } from 'preact/hooks';

interface Subscribable<T> {
  get(): T;
  subscribe(fn: () => void): () => void;
}

/** Re-renders on every change of a store with get/subscribe (settings, data). */
export function useSubscribe<T>(store: Subscribable<T>): T {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}
