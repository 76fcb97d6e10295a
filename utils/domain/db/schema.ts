import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { CalEvent, Category, DayKey } from '@/utils/shared/types';

/** Everything one account showed for one day. */
export interface DayRecord {
  account: number;
  day: DayKey;
  events: CalEvent[];
  /** True once the whole day was shown (week/day views); month "N more" cells stay partial. */
  full: boolean;
  seenAt: number;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A category the user chose by hand, for one event or a whole series. */
export interface TagRecord {
  account: number;
  scope: 'event' | 'series';
  /** Event id (scope 'event') or series id (scope 'series'). */
  id: string;
  category: Category;
  /** Title when tagged, so a tag stays readable after its event is gone. */
  title: string;
  at: number;
}

/**
 * What an innovation event (or series) serves: an execution series, or an
 * execution title (events without a series, matched by their title).
 */
export interface ServesTarget {
  kind: 'series' | 'title';
  /** The series id, or the title folded to lower case and single spaces. */
  key: string;
  /** As shown when it was chosen. */
  title: string;
}

/** An innovation event's or series' "serves" link, keyed like its tag. */
export interface ServesRecord {
  account: number;
  scope: 'event' | 'series';
  id: string;
  target: ServesTarget;
  at: number;
}

/** Innovation time taken away (product.md "Override"). */
export interface OverrideRecord {
  /** Stable identity: the same override seen again maps to the same id. */
  key: string;
  account: number;
  /** The innovation block, as it was before it was overridden. */
  block: CalEvent;
  cause: 'overlap' | 'deleted' | 'shortened' | 'moved-out';
  /** The event that took the time (overlap only). */
  by?: Pick<CalEvent, 'id' | 'eid' | 'title' | 'start' | 'end'>;
  minutesLost: number;
  detectedAt: number;
  state: 'open' | 'rebooked' | 'dismissed' | 'restored';
  /** Monday-or-whatever start of the block's week, local midnight epoch ms. */
  weekStart: number;
  /**
   * The nudge about it: sent once, held until working hours ("quiet outside
   * working hours"), or skipped (that nudge kind was off, or the block was over
   * before working hours came).
   * Absent on records from before nudges existed: treated as sent, never repeated.
   */
  nudge?: 'held' | 'sent' | 'skipped';
  /** The free slot offered for rebooking when it was detected (the popup's link). */
  rebook?: { start: number; end: number };
  /** When it stopped being open (rebooked, dismissed or restored). */
  closedAt?: number;
  /**
   * The account's zone, when the page named one other than the browser's: the
   * times are then real instants, and Rebook writes them in UTC.
   */
  timeZone?: string;
}

export interface PolarityDB extends DBSchema {
  days: { key: [number, DayKey]; value: DayRecord; indexes: { byDay: DayKey } };
  meta: { key: string; value: MetaRecord };
  tags: { key: [number, 'event' | 'series', string]; value: TagRecord };
  serves: { key: [number, 'event' | 'series', string]; value: ServesRecord };
  overrides: {
    key: string;
    value: OverrideRecord;
    indexes: { byAccount: number };
  };
}

export const DB_NAME = 'polarity';

type UpgradeTx = IDBPTransaction<PolarityDB, StoreNames<PolarityDB>[], 'versionchange'>;

/**
 * One step per schema version, append-only: step i takes version i to i + 1.
 * A step is never edited once released, because an install still at that
 * version runs it; the upgrade tests open a database at every earlier
 * version through these same steps, fill it, and upgrade it.
 */
export const UPGRADES: readonly ((db: IDBPDatabase<PolarityDB>, tx: UpgradeTx) => void)[] = [
  // v1: the four stores.
  (db) => {
    db.createObjectStore('days', { keyPath: ['account', 'day'] });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('tags', { keyPath: ['account', 'scope', 'id'] });
    db.createObjectStore('overrides', { keyPath: 'key' }).createIndex('byAccount', 'account');
  },
  // v2: days by calendar day across accounts, so pruning old history is one range.
  (_db, tx) => {
    tx.objectStore('days').createIndex('byDay', 'day');
  },
  // v3: "serves" links, beside the tags and keyed like them.
  (db) => {
    db.createObjectStore('serves', { keyPath: ['account', 'scope', 'id'] });
  },
];

export const DB_VERSION = UPGRADES.length;

export type Db = IDBPDatabase<PolarityDB>;

/**
 * Opens (and if needed upgrades) the database. Each missing version's step
 * runs once, in order, in the one upgrade transaction: an install at any
 * earlier version upgrades with its data in place, or not at all.
 * `version` is for the upgrade tests only.
 */
export function openPolarityDb(name = DB_NAME, version = DB_VERSION): Promise<Db> {
  return openDB<PolarityDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) UPGRADES[v]!(db, tx);
    },
  });
}
