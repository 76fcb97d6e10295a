import { storage } from '#imports';
import { DEFAULT_INNOVATION_KEYWORDS } from '@/utils/domain/classify/default-keywords';
import type { Rule } from '@/utils/domain/rules/types';
import { checkSettings } from './settings-check';
import type { Settings, WeekStartSetting } from './settings-types';
import { isTargetPreset, presetFor } from './target-presets';
import type { WorkingHours } from '@/utils/domain/week/count-week';

export type { Settings, WeekStartSetting };

export const DEFAULT_SETTINGS: Settings = {
  targetPercent: 20,
  targetPreset: '80/20',
  weekStart: 'google',
  workingDays: [1, 2, 3, 4, 5],
  workStart: 9 * 60,
  workEnd: 18 * 60,
  nudges: {
    overrides: true,
    nextWeek: true,
    quietOutsideWorkingHours: true,
    streak: true,
    afterHours: true,
  },
  innovationKeywords: [...DEFAULT_INNOVATION_KEYWORDS],
  retentionMonths: 24,
  blockName: '',
};

export const SETTINGS_VERSION = 2;

/**
 * Version 1 → 2: the target remembers whether it was a preset or custom.
 * Idempotent, because a value restored or synced without its version mark
 * may already be version 2.
 */
export function migrateSettingsV2(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null) return v1;
  const old = v1 as Partial<Settings>;
  if (isTargetPreset(old.targetPreset)) return v1;
  const percent = typeof old.targetPercent === 'number' ? old.targetPercent : 20;
  return { ...old, targetPreset: presetFor(percent) };
}

/**
 * All user settings, one sync item (about 1 KB, far under the 8 KB item
 * limit). Bump `version` and add a migration when the shape changes; WXT runs
 * the missing steps once, in order, when the item is first used.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV2 },
});

/** Stored settings, checked field by field: a bad or missing field falls back to its default. */
export async function getSettings(): Promise<Settings> {
  return checkSettings(await settingsItem.getValue(), DEFAULT_SETTINGS).settings;
}

/**
 * The user's classification rules, in order (first match wins). Their own
 * sync item: a long list must not push the settings past the 8 KB item limit.
 * Read through `getRules()` (utils/domain/rules/get-rules.ts), which checks the shape.
 */
export const rulesItem = storage.defineItem<Rule[]>('sync:rules', {
  fallback: [],
  version: 1,
});

/** The week start in force: the user's choice, else the one Google Calendar shows, else Monday. */
export function resolveWeekStart(settings: Settings, shownByCalendar?: 0 | 1 | 6): 0 | 1 | 6 {
  return settings.weekStart === 'google' ? (shownByCalendar ?? 1) : settings.weekStart;
}

export function workingHoursOf(settings: Settings): WorkingHours {
  return { days: settings.workingDays, start: settings.workStart, end: settings.workEnd };
}
