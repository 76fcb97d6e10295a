import type { DayKey } from '@/utils/shared/types';
import { readableDays, readableMetaValue, readableOverrides, readableTags } from './heal';
import { accountsOf, statusKeys, type PageStatus } from './meta';
import { zoneKey } from './overrides';
import type { DayRecord, Db, OverrideRecord } from './schema';
import { tagLookupOf, type TagLookup } from './tags';

/** What the week report reads of the account last viewed. */
export interface ReportRead {
  account: number;
  status?: PageStatus;
  /** Every account a page was read for, in order. */
  accounts: number[];
  overrides: OverrideRecord[];
  tags: TagLookup;
  /** The account's time zone, as its page last said. */
  zone?: string;
  /** The account's readable days in the window asked for, in day order. */
  days: DayRecord[];
}

/**
 * Everything the popup's report reads, in ONE readonly transaction: one
 * transaction per piece cost more than the counting itself (issue 13).
 * `window`, the days to read, can't wait for the page status (its week
 * start) without another trip: the caller asks for every week start's.
 * `guess`, the account of the last report, is read beside the last account:
 * one round trip when it is still the one, two when the user switched.
 * Undefined before any page was read.
 */
export async function readForReport(
  db: Db,
  window: { from: DayKey; to: DayKey },
  guess?: number,
): Promise<ReportRead | undefined> {
  const tx = db.transaction(['meta', 'days', 'tags', 'overrides'], 'readonly');
  const meta = tx.objectStore('meta');
  const ofAccount = (account: number) =>
    Promise.all([
      meta.get(`status:${account}`),
      tx.objectStore('tags').getAll(IDBKeyRange.bound([account], [account, []])),
      tx.objectStore('overrides').index('byAccount').getAll(account),
      meta.get(zoneKey(account)),
      tx
        .objectStore('days')
        .getAll(IDBKeyRange.bound([account, window.from], [account, window.to])),
    ]);
  const guessed = guess === undefined ? undefined : ofAccount(guess);
  // A wrong guess is simply not used.
  guessed?.catch(() => undefined);
  const [lastRecord, statusKeyList] = await Promise.all([
    meta.get('lastAccount'),
    meta.getAllKeys(statusKeys()),
  ]);
  const accounts = accountsOf(statusKeyList);
  // An unreadable last account falls back to the first one seen (as getLastAccount).
  const account = readableMetaValue<number>(lastRecord) ?? (lastRecord ? accounts[0] : undefined);
  if (account === undefined) return undefined;
  const [statusRecord, tags, overrides, zoneRecord, days] = await (account === guess
    ? guessed!
    : ofAccount(account));
  const status = readableMetaValue<PageStatus>(statusRecord);
  const zone = readableMetaValue<string>(zoneRecord) || undefined;
  return {
    account,
    ...(status && { status }),
    accounts,
    overrides: readableOverrides(overrides),
    tags: tagLookupOf(readableTags(tags)),
    ...(zone && { zone }),
    days: readableDays(days),
  };
}
