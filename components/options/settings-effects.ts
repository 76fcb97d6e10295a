import { storageProblemItem } from '@/utils/shared/storage-problem';
import { getSettings, settingsItem } from '@/utils/domain/settings/settings';
import type { SettingsEffects } from './settings-store';

/** The real effects: sync storage, which the background watches; the problem from session storage. */
export const settingsEffects: SettingsEffects = {
  load: getSettings,
  // Read-modify-write of the one settings item: the rules section edits the keywords in it too.
  save: async (patch) => settingsItem.setValue({ ...(await getSettings()), ...patch }),
  loadProblem: () => storageProblemItem.getValue(),
  watch(onChange) {
    const a = settingsItem.watch(onChange);
    const b = storageProblemItem.watch(onChange);
    return () => {
      a();
      b();
    };
  },
};
