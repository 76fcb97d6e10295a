import type {
  Db,
  DayRecord,
  MetaRecord,
  OverrideRecord,
  ServesRecord,
  TagRecord,
} from '@/utils/domain/db/schema';
import { DB_VERSION } from '@/utils/domain/db/schema';
import {
  readableDays,
  readableMeta,
  readableOverrides,
  readableServes,
  readableTags,
} from '@/utils/domain/db/heal';
import { getRules } from '@/utils/domain/rules/get-rules';
import type { Rule } from '@/utils/domain/rules/types';
import type { Settings } from '@/utils/domain/settings/settings';

export const DATA_EXPORT_FORMAT = 'polarity-data';
/** 1: settings, days, tags, overrides. 2: also rules and meta, so a restore brings back everything. */
export const DATA_EXPORT_VERSION = 2;

/** Everything the user owns, in one file; `utils/domain/backup/` validates and restores it. */
export interface DataExport {
  format: typeof DATA_EXPORT_FORMAT;
  version: typeof DATA_EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /** Schema the records follow, for a migration on import. */
  dbVersion: number;
  settings: Settings;
  rules: Rule[];
  days: DayRecord[];
  tags: TagRecord[];
  /** "Serves" links (database version 3); optional on restore. */
  serves: ServesRecord[];
  overrides: OverrideRecord[];
  meta: MetaRecord[];
}

export async function buildDataExport(
  db: Db,
  settings: Settings,
  now: number,
  rules?: Rule[],
): Promise<DataExport> {
  // One read transaction: the stores are exported as one consistent moment.
  const tx = db.transaction(['days', 'tags', 'serves', 'overrides', 'meta'], 'readonly');
  const [days, tags, serves, overrides, meta, storedRules] = await Promise.all([
    tx.objectStore('days').getAll(),
    tx.objectStore('tags').getAll(),
    tx.objectStore('serves').getAll(),
    tx.objectStore('overrides').getAll(),
    tx.objectStore('meta').getAll(),
    rules ?? getRules(),
  ]);
  await tx.done;
  return {
    format: DATA_EXPORT_FORMAT,
    version: DATA_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    dbVersion: DB_VERSION,
    settings,
    rules: storedRules,
    // What can't be read is left out (and shown as such): the file always restores.
    days: readableDays(days),
    tags: readableTags(tags),
    serves: readableServes(serves),
    overrides: readableOverrides(overrides),
    meta: readableMeta(meta),
  };
}
