import { readableOverrides } from './heal';
import { getMeta, setMeta } from './meta';
import type { Db, OverrideRecord } from './schema';

interface Range {
  start: number;
  end: number;
}

/** An override belongs to the week its block was in, whatever week start was used to record it. */
export const inWeek = (o: OverrideRecord, range: Range): boolean =>
  o.weekStart === range.start || (o.block.start < range.end && o.block.end > range.start);

export const getOverride = async (db: Db, key: string) =>
  readableOverrides([await db.get('overrides', key)].filter((o) => o !== undefined))[0];

export const accountOverrides = async (db: Db, account: number) =>
  readableOverrides(await db.getAllFromIndex('overrides', 'byAccount', account));

export async function putOverrides(db: Db, records: readonly OverrideRecord[]): Promise<void> {
  if (records.length === 0) return;
  const tx = db.transaction('overrides', 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
}

/** The week's overrides of one account (any state). */
export async function weekOverrides(db: Db, account: number, range: Range) {
  return (await accountOverrides(db, account)).filter((o) => inWeek(o, range));
}

/** What makes the badge red: overrides of this week not yet dealt with. */
export async function countOpenOverrides(db: Db, account: number, range: Range): Promise<number> {
  return (await weekOverrides(db, account, range)).filter((o) => o.state === 'open').length;
}

/** Open overrides whose nudge waits for working hours, every account. */
export async function heldOverrides(db: Db): Promise<OverrideRecord[]> {
  return readableOverrides(await db.getAll('overrides')).filter(
    (o) => o.state === 'open' && o.nudge === 'held',
  );
}

// The account's zone as the page last named it, for Rebook-style links made
// outside a snapshot (the late-week nudge). An empty string: not named.
export const zoneKey = (account: number) => `nudge:zone:${account}`;

export async function getAccountZone(db: Db, account: number): Promise<string | undefined> {
  return (await getMeta<string>(db, zoneKey(account))) || undefined;
}

export async function rememberAccountZone(db: Db, account: number, zone?: string) {
  if ((await getAccountZone(db, account)) !== zone) await setMeta(db, zoneKey(account), zone ?? '');
}
