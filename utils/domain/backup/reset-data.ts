import type { Sub } from '@/utils/shared/i18n/msg';
import { rollback } from '@/utils/domain/db/rollback';
import { storageErrorText, storageProblem } from '@/utils/shared/quota';
import type { Db } from '@/utils/domain/db/schema';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { writeSyncItems } from './restore-backup';

/** What the options page sends once the user confirmed: no stray message can wipe the data. */
export const RESET_CONFIRMATION = 'delete-everything';

/**
 * Back to a fresh install: every stored day, tag, override and meta record
 * deleted in one transaction, then settings and rules back to their defaults.
 * A failure in the first step changes nothing; in the second, it is returned.
 */
export async function resetData(
  db: Db,
  writeSync = writeSyncItems,
): Promise<{ settingsError?: string; settingsProblem?: Sub }> {
  const tx = db.transaction(['days', 'tags', 'serves', 'overrides', 'meta'], 'readwrite');
  try {
    await Promise.all([
      tx.objectStore('days').clear(),
      tx.objectStore('tags').clear(),
      tx.objectStore('serves').clear(),
      tx.objectStore('overrides').clear(),
      tx.objectStore('meta').clear(),
      tx.done,
    ]);
  } catch (e) {
    throw rollback(tx, e);
  }
  try {
    await writeSync(DEFAULT_SETTINGS, []);
    return {};
  } catch (e) {
    return { settingsError: storageErrorText(e), settingsProblem: storageProblem(e) };
  }
}
