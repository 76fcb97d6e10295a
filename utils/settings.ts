import { storage } from '#imports';
import { DEFAULT_INNOVATION_KEYWORDS } from './classify/default-keywords';
import type { WorkingHours } from './week/count-week';
import type { Rule } from './rules/types';

/** 'google' follows the week start Google Calendar shows. */
export type WeekStartSetting = 'google' | 0 | 1 | 6;

export interface Settings {
  /** Target innovation share in percent: 80/20 → 20. */
  targetPercent: number;
  weekStart: WeekStartSetting;
  /** Working days (0 = Sunday) and hours in minutes after midnight. */
  workingDays: number[];
  workStart: number;
  workEnd: number;
  nudges: {
    overrides: boolean;
    nextWeek: boolean;
    quietOutsideWorkingHours: boolean;
  };
  /** The built-in innovation keywords, editable by the user. */
  innovationKeywords: string[];
  /** History older than this is pruned. */
  retentionMonths: number;
}

export const DEFAULT_SETTINGS: Settings = {
  targetPercent: 20,
  weekStart: 'google',
  workingDays: [1, 2, 3, 4, 5],
  workStart: 9 * 60,
  workEnd: 18 * 60,
  nudges: { overrides: true, nextWeek: true, quietOutsideWorkingHours: true },
  innovationKeywords: [...DEFAULT_INNOVATION_KEYWORDS],
  retentionMonths: 24,
};

/**
 * All user settings, one sync item (about 1 KB, far under the 8 KB item
 * limit). Bump `version` and add a migration when the shape changes.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings completed with defaults, so a field added later is never undefined. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    nudges: { ...DEFAULT_SETTINGS.nudges, ...stored.nudges },
  };
}

/**
 * The user's classification rules, in order (first match wins). Their own
 * sync item: a long list must not push the settings past the 8 KB item limit.
 * Read through `getRules()` (utils/rules/get-rules.ts), which checks the shape.
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
