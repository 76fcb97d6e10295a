import { RESET_CONFIRMATION, resetData } from '@/utils/domain/backup/reset-data';
import { restoreBackup } from '@/utils/domain/backup/restore-backup';
import { validateBackup } from '@/utils/domain/backup/validate-backup';
import { forgetUnreadable } from '@/utils/domain/db/heal';
import type { PruneResult } from '@/utils/domain/db/prune';
import { englishOf } from '@/utils/shared/check';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { storageProblem } from '@/utils/shared/quota';
import type { Db } from '@/utils/domain/db/schema';
import type { Handlers } from '@/utils/shared/messages';

const refusal = (because: Msg) => ({ ok: false as const, reason: englishOf(because), because });

export interface BackupDeps {
  db: Promise<Db>;
  /** Runs a job in the background's write queue, never interleaved with a snapshot. */
  run: <T>(job: () => Promise<T>) => Promise<T>;
  /** Prunes by the retention now stored (called inside `run`). */
  prune: () => Promise<PruneResult>;
  /** Everything changed: badge, calendar tabs. */
  onChange: () => Promise<void>;
}

/**
 * Restore and reset, for the options page. Failures come back as a reason
 * in words, never half done: the file is checked again here (the page is not
 * trusted), then written atomically.
 */
export function backupHandlers({
  db,
  run,
  prune,
  onChange,
}: BackupDeps): Pick<Handlers, 'restoreBackup' | 'resetData'> {
  return {
    async restoreBackup({ backup }) {
      const check = validateBackup(backup);
      if (!check.ok) return { ok: false, reason: check.reason, because: check.because };
      try {
        const result = await run(async () => {
          const counts = await restoreBackup(await db, check.backup);
          forgetUnreadable(); // every store was replaced
          // History older than the restored retention goes now, not silently tomorrow.
          const pruned = await prune().catch(() => undefined);
          return { counts, pruned: pruned?.days ?? 0 };
        });
        await onChange();
        return { ok: true, ...result };
      } catch (e) {
        return refusal(msg('check_nothing_restored', storageProblem(e)));
      }
    },
    async resetData({ confirm }) {
      if (confirm !== RESET_CONFIRMATION) return refusal(msg('check_not_confirmed'));
      try {
        const { settingsError, settingsProblem } = await run(async () => {
          const result = await resetData(await db);
          forgetUnreadable(); // every store was emptied
          return result;
        });
        await onChange();
        return {
          ok: true,
          ...(settingsError !== undefined && { settingsError }),
          ...(settingsProblem !== undefined && { settingsProblem }),
        };
      } catch (e) {
        return refusal(msg('check_nothing_deleted', storageProblem(e)));
      }
    },
  };
}
