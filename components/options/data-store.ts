import type { ResetResult, RestoreResult } from '@/utils/domain/backup/restore-backup';
import { parseBackupText, validateBackup } from '@/utils/domain/backup/validate-backup';
import type { DataExport } from '@/utils/domain/export/data-export';
import { backupFileName, backupSummary, plural, whenMade } from './backup-summary';
import { storeCell } from '../store-cell';

/** Where backup, restore and reset go: the background in the extension, fakes in tests. */
export interface DataEffects {
  exportData(): Promise<DataExport>;
  save(name: string, text: string): void;
  restore(backup: unknown): Promise<RestoreResult>;
  reset(): Promise<ResetResult>;
  now(): number;
  /** The browser's language, for the dates it writes. */
  lang: string;
}

export interface DataState {
  busy: boolean;
  /** A checked file waiting for the user to confirm the restore. */
  pending?: { fileName: string; text: string; summary: string };
  confirmingReset: boolean;
  /** The outcome of the last action; errors are announced assertively. */
  message?: { kind: 'done' | 'error'; text: string };
}

export type DataStore = ReturnType<typeof createDataStore>;

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Backup, restore (check, confirm, write) and reset (confirm, delete). */
export function createDataStore(fx: DataEffects) {
  const cell = storeCell<DataState>({ busy: false, confirmingReset: false });
  const { set } = cell;
  const done = (text: string) => set({ busy: false, message: { kind: 'done', text } });
  const failed = (text: string) => set({ busy: false, message: { kind: 'error', text } });

  return {
    get: cell.get,
    now: () => fx.now(),
    subscribe: cell.subscribe,

    async backup() {
      set({ busy: true, message: undefined });
      try {
        const data = await fx.exportData();
        const name = backupFileName(fx.now());
        fx.save(name, JSON.stringify(data, null, 2));
        const check = validateBackup(data);
        done(
          check.ok ? `Saved ${name}: ${backupSummary(check.backup, fx.lang)}.` : `Saved ${name}.`,
        );
      } catch (e) {
        failed(`Backup failed: ${why(e)}.`);
      }
    },

    /** Checks the whole file before anything else; a bad one is refused here, with the reason. */
    chooseFile(fileName: string, text: string) {
      const check = parseBackupText(text);
      if (!check.ok) {
        set({
          pending: undefined,
          message: { kind: 'error', text: `Not restored: ${check.reason} Nothing was changed.` },
        });
        return;
      }
      const summary = `Backup of ${whenMade(check.backup.exportedAt, fx.lang)}: ${backupSummary(check.backup, fx.lang)}.`;
      set({
        pending: { fileName, text, summary },
        message: undefined,
        confirmingReset: false,
      });
    },
    cancelRestore: () =>
      set({
        pending: undefined,
        message: { kind: 'done', text: 'Restore cancelled. Nothing was changed.' },
      }),
    async confirmRestore() {
      const pending = cell.get().pending;
      if (!pending || cell.get().busy) return;
      set({ busy: true, pending: undefined });
      try {
        // The file as it is; the background checks it again: it trusts no page.
        const result = await fx.restore(JSON.parse(pending.text));
        if (!result.ok) return failed(`Not restored: ${result.reason}`);
        const { counts, pruned } = result;
        const old =
          pruned > 0
            ? ` ${plural(pruned, 'day')} older than the history you keep were then removed.`
            : '';
        if (counts.settingsError !== undefined) {
          return failed(
            `History, tags and overrides were restored, but settings and rules were not: ${counts.settingsError}.`,
          );
        }
        done(`Restored ${pending.fileName}.${old}`);
      } catch (e) {
        failed(`Not restored: ${why(e)}. Nothing was changed.`);
      }
    },

    askReset: () => set({ confirmingReset: true, pending: undefined, message: undefined }),
    cancelReset: () =>
      set({ confirmingReset: false, message: { kind: 'done', text: 'Nothing was deleted.' } }),
    async confirmReset() {
      if (cell.get().busy) return;
      set({ busy: true, confirmingReset: false });
      try {
        const result = await fx.reset();
        if (!result.ok) return failed(result.reason);
        if (result.settingsError !== undefined) {
          return failed(
            `History deleted, but settings could not be reset: ${result.settingsError}.`,
          );
        }
        done('All Polarity data was deleted; settings and rules are back to their defaults.');
      } catch (e) {
        failed(`Nothing was deleted: ${why(e)}.`);
      }
    },
  };
}
