import { useEffect, useState } from 'preact/hooks';
import type { OptionsState, OptionsStore } from './store';

/** Re-renders on every store change. */
export function useStore(store: OptionsStore): OptionsState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}
