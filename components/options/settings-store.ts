import type { StorageProblem } from '@/utils/shared/storage-problem';
import { serial } from '@/utils/shared/serial';
import { storageErrorText } from '@/utils/shared/quota';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import { checkSettings } from '@/utils/domain/settings/settings-check';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { storeCell } from '../store-cell';

/** Where the settings sections read and write; sync storage in the extension, fakes in tests. */
export interface SettingsEffects {
  load(): Promise<Settings>;
  /** Writes these fields over the settings stored now (never a stale copy of the rest). */
  save(patch: Partial<Settings>): Promise<void>;
  /** A background write refused because storage is full, if any. */
  loadProblem(): Promise<StorageProblem | null>;
  /** Changes made elsewhere: another tab, a synced device, the background. */
  watch(onChange: () => void): () => void;
}

export interface SettingsState {
  status: 'loading' | 'ready' | 'error';
  settings: Settings;
  problem: StorageProblem | null;
  /** A failed load or save, as a sentence. */
  error?: Msg;
  /** What was last saved, for the polite status line. */
  notice?: Msg;
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;

/** The settings sections' store: state, subscribers, and a checked save of each change. */
export function createSettingsStore(fx: SettingsEffects) {
  const cell = storeCell<SettingsState>({
    status: 'loading',
    settings: DEFAULT_SETTINGS,
    problem: null,
  });
  const { set } = cell;
  const queue = serial();

  async function load() {
    try {
      const [settings, problem] = await Promise.all([fx.load(), fx.loadProblem()]);
      set({ status: 'ready', settings, problem });
    } catch (e) {
      set({ status: 'error', error: msg('options_settings_load_error', storageErrorText(e)) });
    }
  }

  return {
    get: cell.get,
    subscribe: cell.subscribe,
    load,
    watch: () => fx.watch(() => void load()),
    /**
     * Saves at once: each control is its own change. Null when saved;
     * otherwise why not, and nothing was stored.
     */
    async update(patch: Partial<Settings>, notice: Msg): Promise<Msg | null> {
      const { settings, because } = checkSettings(
        { ...cell.get().settings, ...patch },
        DEFAULT_SETTINGS,
      );
      // The sections check first, in words; this is the last guard before storage.
      if (because.length > 0) return msg('options_settings_problem', because[0]!);
      const changed = Object.fromEntries(
        Object.keys(patch).map((k) => [k, settings[k as keyof Settings]]),
      ) as Partial<Settings>;
      // Shown at once (arrow keys through the presets stay where the user is);
      // written in order, so the last choice is the one stored.
      set({ settings: { ...cell.get().settings, ...changed } });
      return queue(async () => {
        try {
          await fx.save(changed);
          set({ notice, error: undefined });
          return null;
        } catch (e) {
          const error = msg('options_settings_not_saved', storageErrorText(e));
          set({ error, notice: undefined });
          await load(); // back to what is stored
          return error;
        }
      });
    },
  };
}
