import { checkSettings } from '@/utils/domain/settings/settings-check';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/utils/domain/settings/settings';

export interface SettingsWatchDeps {
  /** Target, week start, working time or nudges changed: badge, popup and calendar tabs follow. */
  onChange: () => Promise<void>;
  /** The history kept changed: prune now, not at the next daily run. */
  onRetention: () => Promise<void>;
}

// The keyword list is watched with the rules (tag-handlers), which reclassify.
const FOLLOWED: readonly (keyof Settings)[] = [
  'targetPercent',
  'weekStart',
  'workingDays',
  'workStart',
  'workEnd',
  'nudges',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings are written by the options page straight into sync storage (or
 * arrive from another device); the background reacts here, at once.
 */
export function watchSettings({ onChange, onRetention }: SettingsWatchDeps): () => void {
  return settingsItem.watch((nextValue, prevValue) => {
    const next = checkSettings(nextValue, DEFAULT_SETTINGS).settings;
    const prev = checkSettings(prevValue, DEFAULT_SETTINGS).settings;
    if (next.retentionMonths !== prev.retentionMonths) void onRetention().catch(() => undefined);
    if (FOLLOWED.some((k) => !same(next[k], prev[k]))) void onChange().catch(() => undefined);
  });
}
