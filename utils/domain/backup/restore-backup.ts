import { storage } from '#imports';
import { rollback } from '@/utils/domain/db/rollback';
import type { Msg, Sub } from '@/utils/shared/i18n/msg';
import { storageErrorText, storageProblem } from '@/utils/shared/quota';
import type { Db } from '@/utils/domain/db/schema';
import {
  rulesItem,
  settingsItem,
  SETTINGS_VERSION,
  type Settings,
} from '@/utils/domain/settings/settings';
import type { Rule } from '@/utils/domain/rules/types';
import type { Backup } from './validate-backup';

export interface RestoreCounts {
  days: number;
  tags: number;
  serves: number;
  overrides: number;
  /** False for a version 1 file: it holds no rules, so the current ones stay. */
  rules: number | false;
  /** Set when the history was restored but settings and rules could not be saved (English). */
  settingsError?: string;
  /** The same for the reader. */
  settingsProblem?: Sub;
}

/** Writes settings and rules to sync storage in one call, with the settings' version mark. */
export async function writeSyncItems(settings: Settings, rules?: Rule[]): Promise<void> {
  await storage.setItems([
    { item: settingsItem, value: settings },
    ...(rules ? [{ item: rulesItem, value: rules }] : []),
  ]);
  // Without the mark a fresh install would run the v1 → v2 step on a v2 value (harmless, idempotent).
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
}

/**
 * Replaces everything with a validated backup. The four stores are cleared
 * and refilled in one IndexedDB transaction: all of it lands or none of it
 * (a full disk aborts it, and so does any other failure). Sync storage is
 * written only after that transaction committed, so a failed restore never
 * leaves new settings over old history.
 *
 * Records need no conversion: schema versions 1 and 2 store the same shapes
 * (2 only adds an index). A future shape change converts them here, by `dbVersion`.
 */
export async function restoreBackup(
  db: Db,
  backup: Backup,
  writeSync = writeSyncItems,
): Promise<RestoreCounts> {
  const tx = db.transaction(['days', 'tags', 'serves', 'overrides', 'meta'], 'readwrite');
  try {
    const days = tx.objectStore('days');
    const tags = tx.objectStore('tags');
    const serves = tx.objectStore('serves');
    const overrides = tx.objectStore('overrides');
    const meta = tx.objectStore('meta');
    // Every request is queued at once; IndexedDB runs them in order.
    const writes: Promise<unknown>[] = [
      days.clear(),
      tags.clear(),
      serves.clear(),
      overrides.clear(),
    ];
    // A version 1 file has no meta: the current one (last account, page status) stays.
    if (backup.meta) writes.push(meta.clear());
    for (const d of backup.days) writes.push(days.put(d));
    for (const t of backup.tags) writes.push(tags.put(t));
    for (const s of backup.serves) writes.push(serves.put(s));
    for (const o of backup.overrides) writes.push(overrides.put(o));
    for (const m of backup.meta ?? []) writes.push(meta.put(m));
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw rollback(tx, e);
  }
  const counts: RestoreCounts = {
    days: backup.days.length,
    tags: backup.tags.length,
    serves: backup.serves.length,
    overrides: backup.overrides.length,
    rules: backup.rules ? backup.rules.length : false,
  };
  try {
    await writeSync(backup.settings, backup.rules);
  } catch (e) {
    // The history is in (that transaction committed); say plainly what is not.
    counts.settingsError = storageErrorText(e);
    counts.settingsProblem = storageProblem(e);
  }
  return counts;
}

/** The options page's answer to a restore: what came back, or why nothing did. */
/** Why nothing was done: in English (`reason`) and for the reader (`because`). */
export type Refusal = { ok: false; reason: string; because?: Msg };

export type RestoreResult = { ok: true; counts: RestoreCounts; pruned: number } | Refusal;

export type ResetResult = { ok: true; settingsError?: string; settingsProblem?: Sub } | Refusal;
