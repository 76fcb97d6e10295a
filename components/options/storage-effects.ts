import { getRules } from '@/utils/domain/rules/get-rules';
import { getSettings, rulesItem, settingsItem } from '@/utils/domain/settings/settings';
import type { OptionsEffects } from './store';

/** The real effects: sync storage. The background watches the same items and reclassifies. */
export const storageEffects: OptionsEffects = {
  loadRules: getRules,
  saveRules: (rules) => rulesItem.setValue(rules),
  loadKeywords: async () => (await getSettings()).innovationKeywords,
  // Read-modify-write of the whole settings item: only the keyword list changes.
  saveKeywords: async (innovationKeywords) =>
    settingsItem.setValue({ ...(await getSettings()), innovationKeywords }),
  watch(onChange) {
    const a = rulesItem.watch(onChange);
    const b = settingsItem.watch(onChange);
    return () => {
      a();
      b();
    };
  },
};
