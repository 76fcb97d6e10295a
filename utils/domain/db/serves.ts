import type { IDBPObjectStore } from 'idb';
import { readableServes } from './heal';
import { rollback } from './rollback';
import type { Db, PolarityDB, ServesRecord, ServesTarget } from './schema';

type ServesStore = IDBPObjectStore<PolarityDB, ('tags' | 'serves')[], 'serves', 'readwrite'>;

/** What an event is linked to: its own link first, else its series'. */
export async function servesOf(
  db: Db,
  account: number,
  event: { id: string; seriesId: string },
): Promise<Pick<ServesRecord, 'scope' | 'target'> | null> {
  const found = await Promise.all([
    db.get('serves', [account, 'event', event.id]),
    db.get('serves', [account, 'series', event.seriesId]),
  ]);
  const links = readableServes(found.filter((r) => r !== undefined));
  const link = links.find((l) => l.scope === 'event') ?? links[0];
  return link ? { scope: link.scope, target: link.target } : null;
}

/** Every readable link of one account (the key starts with the account: one range read). */
export async function listServes(db: Db, account: number): Promise<ServesRecord[]> {
  return readableServes(await db.getAll('serves', IDBKeyRange.bound([account], [account, []])));
}

/** The deletes that go with a tag choice: the tag's own link, and the instance's for a series. */
export function dropServes(
  store: ServesStore,
  c: { account: number; scope: 'event' | 'series'; id: string; eventId: string },
): Promise<unknown>[] {
  const writes = [store.delete([c.account, c.scope, c.id])];
  if (c.scope === 'series') writes.push(store.delete([c.account, 'event', c.eventId]));
  return writes;
}

export interface ServesChoice {
  account: number;
  scope: 'event' | 'series';
  eventId: string;
  /** The key: the event id, or the series id for scope 'series'. */
  id: string;
  /** null: serves nothing. */
  target: ServesTarget | null;
  at: number;
}

/** Like a tag: a series link replaces the instance's own, in one transaction. */
export async function chooseServes(db: Db, c: ServesChoice): Promise<void> {
  const tx = db.transaction('serves', 'readwrite');
  try {
    const writes: Promise<unknown>[] = [];
    if (c.scope === 'series') writes.push(tx.store.delete([c.account, 'event', c.eventId]));
    writes.push(
      c.target === null
        ? tx.store.delete([c.account, c.scope, c.id])
        : tx.store.put({
            account: c.account,
            scope: c.scope,
            id: c.id,
            target: c.target,
            at: c.at,
          }),
    );
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw rollback(tx, e);
  }
}
