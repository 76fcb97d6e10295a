import { storage } from '#imports';

/** Stored records the background skipped because they could not be read (utils/domain/db/heal.ts). */
export interface UnreadableData {
  count: number;
}

/** Session storage: the options page shows it; cleared by a restore, a reset or a new session. */
export const unreadableDataItem = storage.defineItem<UnreadableData | null>(
  'session:unreadableData',
  { fallback: null },
);
