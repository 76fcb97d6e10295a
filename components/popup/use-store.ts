import { useEffect, useState } from 'preact/hooks';
import type { PopupState, PopupStore } from './store';

export function useStore(store: PopupStore): PopupState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}
