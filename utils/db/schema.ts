import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CalEvent, DayKey } from '../types';

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

export interface PolarityDB extends DBSchema {
  days: { key: [number, DayKey]; value: DayRecord };
  meta: { key: string; value: MetaRecord };
}

export const DB_NAME = 'polarity';
export const DB_VERSION = 1;

export type Db = IDBPDatabase<PolarityDB>;

/**
 * Each version's step runs once, in order, so an install at any earlier
 * version upgrades with its data in place.
 */
export function openPolarityDb(name = DB_NAME): Promise<Db> {
  return openDB<PolarityDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('days', { keyPath: ['account', 'day'] });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
  });
}
