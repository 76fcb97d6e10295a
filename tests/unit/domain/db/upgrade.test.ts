import { deleteDB } from 'idb';
import { expect, test } from 'vitest';
import { DB_VERSION, openPolarityDb, UPGRADES, type Db } from '@/utils/domain/db/schema';
import { dumpDb, fillSample } from '../backup/sample-data';

// The upgrade harness: open a database at each earlier version through that
// version's own steps, fill it the way that version stored data, close it,
// then open it with the current code. Every record must come through
// unchanged, and the new indexes must see the old records.
//
// Data by the version that wrote it. Versions 1 and 2 store the same shapes;
// a version that changes a shape adds its own filler and expected result here.
const FILL: Record<number, (db: Db) => Promise<void>> = {
  1: fillSample,
};
const fillerFor = (version: number) => {
  for (let v = version; v >= 1; v--) if (FILL[v]) return FILL[v]!;
  throw new Error(`no filler for v${version}`);
};

let n = 0;
const fresh = () => `upgrade-${n++}`;

test('the version is the number of upgrade steps', () => {
  expect(DB_VERSION).toBe(UPGRADES.length);
  expect(DB_VERSION).toBe(3);
});

for (let from = 1; from < DB_VERSION; from++) {
  test(`v${from} → v${DB_VERSION}: every record of every store survives`, async () => {
    const name = fresh();
    const old = await openPolarityDb(name, from);
    expect(old.version).toBe(from);
    await fillerFor(from)(old);
    const before = await dumpDb(old);
    old.close();

    const db = await openPolarityDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await dumpDb(db)).toEqual(before);
    expect(before.days.length).toBeGreaterThan(0);
    // v2's index sees days written before it existed.
    expect(await db.getAllKeysFromIndex('days', 'byDay', '2026-11-23')).toEqual([
      [0, '2026-11-23'],
      [1, '2026-11-23'],
    ]);
    db.close();
    await deleteDB(name);
  });
}

test('an upgraded database has exactly the stores and indexes of a new one', async () => {
  const shape = (db: Db) => {
    const tx = db.transaction([...db.objectStoreNames], 'readonly');
    return [...db.objectStoreNames].map((s) => {
      const store = tx.objectStore(s);
      return { s, keyPath: store.keyPath, indexes: [...store.indexNames] };
    });
  };
  const newName = fresh();
  const created = await openPolarityDb(newName);
  const oldName = fresh();
  (await openPolarityDb(oldName, 1)).close();
  const upgraded = await openPolarityDb(oldName);
  expect(shape(upgraded)).toEqual(shape(created));
  expect(shape(created)).toContainEqual({
    s: 'days',
    keyPath: ['account', 'day'],
    indexes: ['byDay'],
  });
  created.close();
  upgraded.close();
});

test('a database at a newer version than this code is never opened (no downgrade)', async () => {
  const name = fresh();
  (await openPolarityDb(name)).close();
  const newer = await new Promise<IDBDatabase>((done) => {
    const req = indexedDB.open(name, DB_VERSION + 1);
    req.onsuccess = () => done(req.result);
  });
  newer.close();
  await expect(openPolarityDb(name)).rejects.toThrow();
});

test('v2 → v3: the tags, days and the rest are kept, and links can be stored beside them', async () => {
  const name = fresh();
  const old = await openPolarityDb(name, 2);
  await fillSample(old);
  const before = await dumpDb(old);
  expect(before.tags.length).toBeGreaterThan(0);
  old.close();

  const db = await openPolarityDb(name);
  expect(db.version).toBe(3);
  expect(await dumpDb(db)).toEqual(before);
  const link = {
    account: 0,
    scope: 'event',
    id: 'lab',
    target: { kind: 'series', key: 'standup', title: 'Standup' },
    at: 1,
  } as const;
  await db.put('serves', link);
  expect(await db.getAll('serves')).toEqual([link]);
  db.close();
  await deleteDB(name);
});
