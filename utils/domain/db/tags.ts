import type { Category } from '@/utils/shared/types';
import type { Db, TagRecord } from './schema';

export type TagScope = TagRecord['scope'];

/** An account's tags, ready for classification: event id → category, series id → category. */
export interface TagLookup {
  event: ReadonlyMap<string, Category>;
  series: ReadonlyMap<string, Category>;
}

export const NO_TAGS: TagLookup = { event: new Map(), series: new Map() };

/** Tags are kept whether or not the event is still on the page: they outlive it. */
export async function setTag(db: Db, tag: TagRecord): Promise<void> {
  await db.put('tags', tag);
}

export async function clearTag(
  db: Db,
  account: number,
  scope: TagScope,
  id: string,
): Promise<void> {
  await db.delete('tags', [account, scope, id]);
}

export function getTag(
  db: Db,
  account: number,
  scope: TagScope,
  id: string,
): Promise<TagRecord | undefined> {
  return db.get('tags', [account, scope, id]);
}

/** Every tag of one account (the key starts with the account, so this is one range read). */
export function listTags(db: Db, account: number): Promise<TagRecord[]> {
  return db.getAll('tags', IDBKeyRange.bound([account], [account, []]));
}

export async function getTags(db: Db, account: number): Promise<TagLookup> {
  const event = new Map<string, Category>();
  const series = new Map<string, Category>();
  for (const t of await listTags(db, account)) {
    (t.scope === 'event' ? event : series).set(t.id, t.category);
  }
  return { event, series };
}
