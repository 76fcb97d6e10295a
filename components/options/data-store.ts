import { storageProblem } from '@/utils/shared/quota';
import type { ResetResult, RestoreResult } from '@/utils/domain/backup/restore-backup';
import { parseBackupText, validateBackup } from '@/utils/domain/backup/validate-backup';
import type { DataExport } from '@/utils/domain/export/data-export';
import { msg, plural, type Msg } from '@/utils/shared/i18n/msg';
import { backupFileName, backupSummary, whenMade } from './backup-summary';
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
  pending?: { fileName: string; text: string; summary: Msg };
  confirmingReset: boolean;
  /** The outcome of the last action; errors are announced assertively. */
  message?: { kind: 'done' | 'error'; text: Msg };
}

export type DataStore = ReturnType<typeof createDataStore>;

// A full store in the reader's words; anything else in the browser's own.
const why = (e: unknown) => storageProblem(e);

/** Backup, restore (check, confirm, write) and reset (confirm, delete). */
export function createDataStore(fx: DataEffects) {
  const cell = storeCell<DataState>({ busy: false, confirmingReset: false });
  const { set } = cell;
  const done = (text: Msg) => set({ busy: false, message: { kind: 'done', text } });
  const failed = (text: Msg) => set({ busy: false, message: { kind: 'error', text } });

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
          check.ok
            ? msg('options_backup_saved', name, backupSummary(check.backup, fx.lang))
            : msg('options_backup_saved_plain', name),
        );
      } catch (e) {
        failed(msg('options_backup_failed', why(e)));
      }
    },

    /** Checks the whole file before anything else; a bad one is refused here, with the reason. */
    chooseFile(fileName: string, text: string) {
      const check = parseBackupText(text);
      if (!check.ok) {
        set({
          pending: undefined,
          // The field's path stays as the file writes it (`days[0].kind`); the words are the reader's.
          message: { kind: 'error', text: msg('options_file_refused', check.because) },
        });
        return;
      }
      const summary = msg(
        'options_backup_of',
        whenMade(check.backup.exportedAt, fx.lang),
        backupSummary(check.backup, fx.lang),
      );
      set({
        pending: { fileName, text, summary },
        message: undefined,
        confirmingReset: false,
      });
    },
    cancelRestore: () =>
      set({
        pending: undefined,
        message: { kind: 'done', text: msg('options_restore_cancelled') },
      }),
    async confirmRestore() {
      const pending = cell.get().pending;
      if (!pending || cell.get().busy) return;
      set({ busy: true, pending: undefined });
      try {
        // The file as it is; the background checks it again: it trusts no page.
        const result = await fx.restore(JSON.parse(pending.text));
        if (!result.ok) return failed(msg('options_not_restored', result.because ?? result.reason));
        const { counts, pruned } = result;
        if (counts.settingsError !== undefined) {
          const problem = counts.settingsProblem ?? counts.settingsError;
          return failed(msg('options_restore_partial', problem));
        }
        done(
          pruned > 0
            ? plural('options_restored_pruned', pruned, pending.fileName)
            : msg('options_restored', pending.fileName),
        );
      } catch (e) {
        failed(msg('options_restore_error', why(e)));
      }
    },

    askReset: () => set({ confirmingReset: true, pending: undefined, message: undefined }),
    cancelReset: () =>
      set({
        confirmingReset: false,
        message: { kind: 'done', text: msg('options_nothing_deleted') },
      }),
    async confirmReset() {
      if (cell.get().busy) return;
      set({ busy: true, confirmingReset: false });
      try {
        const result = await fx.reset();
        if (!result.ok)
          return failed(msg('options_reset_refused', result.because ?? result.reason));
        if (result.settingsError !== undefined) {
          return failed(
            msg('options_reset_partial', result.settingsProblem ?? result.settingsError),
          );
        }
        done(msg('options_reset_done'));
      } catch (e) {
        failed(msg('options_reset_error', why(e)));
      }
    },
  };
}
