import type { Db, DayRecord, OverrideRecord, TagRecord } from '../db/schema';
import { DB_VERSION } from '../db/schema';
import type { Settings } from '../settings';

export const DATA_EXPORT_FORMAT = 'polarity-data';
export const DATA_EXPORT_VERSION = 1;

/** Everything the user owns, in one file; the settings issue brings the import side. */
export interface DataExport {
  format: typeof DATA_EXPORT_FORMAT;
  version: typeof DATA_EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** Schema the records follow, for a migration on import. */
  dbVersion: number;
  settings: Settings;
  days: DayRecord[];
  tags: TagRecord[];
  overrides: OverrideRecord[];
}

export async function buildDataExport(
  db: Db,
  settings: Settings,
  now: number,
): Promise<DataExport> {
  // One read transaction: the three stores are exported as one consistent moment.
  const tx = db.transaction(['days', 'tags', 'overrides'], 'readonly');
  const [days, tags, overrides] = await Promise.all([
    tx.objectStore('days').getAll(),
    tx.objectStore('tags').getAll(),
    tx.objectStore('overrides').getAll(),
  ]);
  await tx.done;
  return {
    format: DATA_EXPORT_FORMAT,
    version: DATA_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    dbVersion: DB_VERSION,
    settings,
    days,
    tags,
    overrides,
  };
}
