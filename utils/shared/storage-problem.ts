import { storage } from '#imports';

/** A background write refused because storage is full; nothing of it was stored. */
export interface StorageProblem {
  at: number;
  /** What was not saved, in words. */
  what: string;
}

/**
 * Session storage: it survives the worker stopping (so the badge keeps
 * saying it) and clears with the browser. It is not the storage that filled
 * up: IndexedDB and sync storage have their own quotas.
 */
export const storageProblemItem = storage.defineItem<StorageProblem | null>(
  'session:storageProblem',
  { fallback: null },
);
