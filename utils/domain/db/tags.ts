import type { Category } from '@/utils/shared/types';
import { readableTags } from './heal';
import { rollback } from './rollback';
import type { Db, TagRecord } from './schema';
import { dropServes } from './serves';

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

/** A hand tag chosen in the tag control: set, or cleared with `category` null. */
export interface TagChoice {
  account: number;
  scope: TagScope;
  /** The event the user was looking at. */
  eventId: string;
  /** The key of the tag: the event id, or the series id for scope 'series'. */
  id: string;
  category: Category | null;
  title: string;
  at: number;
}

/**
 * One transaction: a series choice also drops this instance's own tag, and
 * both land together or not at all (a worker stopped between two separate
 * writes would leave the event tag gone and the series tag unset).
 */
export async function chooseTag(db: Db, c: TagChoice): Promise<void> {
  const tx = db.transaction(['tags', 'serves'], 'readwrite');
  const tags = tx.objectStore('tags');
  try {
    const writes: Promise<unknown>[] = [];
    if (c.scope === 'series') writes.push(tags.delete([c.account, 'event', c.eventId]));
    // A "serves" link belongs to innovation: it goes with a tag that stops being one.
    if (c.category !== 'innovation') writes.push(...dropServes(tx.objectStore('serves'), c));
    writes.push(
      c.category === null
        ? tags.delete([c.account, c.scope, c.id])
        : tags.put({
            account: c.account,
            scope: c.scope,
            id: c.id,
            category: c.category,
            title: c.title,
            at: c.at,
          }),
    );
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw rollback(tx, e);
  }
}

export function getTag(
  db: Db,
  account: number,
  scope: TagScope,
  id: string,
): Promise<TagRecord | undefined> {
  return db.get('tags', [account, scope, id]);
}

/** Every readable tag of one account (the key starts with the account: one range read). */
export async function listTags(db: Db, account: number): Promise<TagRecord[]> {
  return readableTags(await db.getAll('tags', IDBKeyRange.bound([account], [account, []])));
}

export const getTags = async (db: Db, account: number): Promise<TagLookup> =>
  tagLookupOf(await listTags(db, account));

/** Tags as classification looks them up. */
export function tagLookupOf(records: readonly TagRecord[]): TagLookup {
  const event = new Map<string, Category>();
  const series = new Map<string, Category>();
  for (const t of records) (t.scope === 'event' ? event : series).set(t.id, t.category);
  return { event, series };
}
