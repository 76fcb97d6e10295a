import type { Settings, WeekStartSetting } from './settings-types';
import {
  CUSTOM_MAX,
  CUSTOM_MIN,
  isTargetPreset,
  presetFor,
  TARGET_PRESETS,
} from './target-presets';

export const MAX_KEYWORDS = 100;
export const MAX_KEYWORD_LENGTH = 100;
export const RETENTION_MIN = 3;
export const RETENTION_MAX = 120;
export const MAX_BLOCK_NAME = 100;
const DAY_MINUTES = 24 * 60;

export interface SettingsCheck {
  /** Every well-formed field kept, every other one the default. */
  settings: Settings;
  /** What was wrong, one sentence each, naming the field. Empty when all was well. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const WEEK_STARTS: readonly WeekStartSetting[] = ['google', 0, 1, 6];

/**
 * Settings as read from sync storage or a backup file, checked field by
 * field. Storage is synced from other devices and older versions, so it is
 * checked, not trusted: `getSettings` keeps the good fields, a restore
 * refuses the file when `problems` is not empty.
 */
export function checkSettings(value: unknown, defaults: Settings): SettingsCheck {
  const problems: string[] = [];
  const v = isObject(value) ? value : {};
  if (!isObject(value)) problems.push('settings is not an object');
  const field = <T>(name: string, ok: (x: unknown) => x is T, fallback: T, rule: string): T => {
    if (!(name in v)) {
      problems.push(`settings.${name} is missing`);
      return fallback;
    }
    if (ok(v[name])) return v[name];
    problems.push(`settings.${name} ${rule}`);
    return fallback;
  };

  const targetPercent = field(
    'targetPercent',
    (x): x is number => isInt(x, CUSTOM_MIN, CUSTOM_MAX),
    defaults.targetPercent,
    `must be a whole number from ${CUSTOM_MIN} to ${CUSTOM_MAX}`,
  );
  // Absent before settings version 2: the preset is whatever the percent matches.
  let targetPreset = presetFor(targetPercent);
  if ('targetPreset' in v) {
    if (!isTargetPreset(v.targetPreset))
      problems.push('settings.targetPreset is not a known preset');
    else if (v.targetPreset === 'custom') targetPreset = 'custom';
  }
  const preset = TARGET_PRESETS.find((p) => p.id === targetPreset);
  if (preset && preset.innovationPercent !== targetPercent) targetPreset = 'custom';

  const weekStart = field(
    'weekStart',
    (x): x is WeekStartSetting => WEEK_STARTS.includes(x as WeekStartSetting),
    defaults.weekStart,
    "must be 'google', 0 (Sunday), 1 (Monday) or 6 (Saturday)",
  );
  const workingDays = field(
    'workingDays',
    (x): x is number[] =>
      Array.isArray(x) &&
      x.length > 0 &&
      x.every((d) => isInt(d, 0, 6)) &&
      new Set(x).size === x.length,
    defaults.workingDays,
    'must list one or more different days from 0 (Sunday) to 6',
  );
  let workStart = field(
    'workStart',
    (x): x is number => isInt(x, 0, DAY_MINUTES - 1),
    defaults.workStart,
    'must be minutes after midnight',
  );
  let workEnd = field(
    'workEnd',
    (x): x is number => isInt(x, 1, DAY_MINUTES),
    defaults.workEnd,
    'must be minutes after midnight',
  );
  if (workStart >= workEnd) {
    problems.push('settings.workEnd must come after settings.workStart');
    [workStart, workEnd] = [defaults.workStart, defaults.workEnd];
  }

  const nudges = { ...defaults.nudges };
  const n = field('nudges', isObject, {}, 'must be an object');
  for (const key of Object.keys(nudges) as (keyof Settings['nudges'])[]) {
    if (!(key in n)) continue; // a kind added later starts at its default
    if (typeof n[key] === 'boolean') nudges[key] = n[key];
    else problems.push(`settings.nudges.${key} must be true or false`);
  }

  const innovationKeywords = field(
    'innovationKeywords',
    (x): x is string[] =>
      Array.isArray(x) &&
      x.length <= MAX_KEYWORDS &&
      x.every((k) => typeof k === 'string' && k.trim() !== '' && k.length <= MAX_KEYWORD_LENGTH),
    defaults.innovationKeywords,
    `must be a list of at most ${MAX_KEYWORDS} words, each 1 to ${MAX_KEYWORD_LENGTH} characters`,
  );
  const retentionMonths = field(
    'retentionMonths',
    (x): x is number => isInt(x, RETENTION_MIN, RETENTION_MAX),
    defaults.retentionMonths,
    `must be a whole number of months from ${RETENTION_MIN} to ${RETENTION_MAX}`,
  );

  // Added after version 2: absent is the default, not a problem (older files restore).
  let blockName = defaults.blockName;
  if ('blockName' in v) {
    if (typeof v.blockName === 'string' && v.blockName.length <= MAX_BLOCK_NAME) {
      blockName = v.blockName.trim();
    } else problems.push(`settings.blockName must be text of at most ${MAX_BLOCK_NAME} characters`);
  }

  return {
    settings: {
      targetPercent,
      targetPreset,
      weekStart,
      workingDays: [...workingDays].sort((a, b) => a - b),
      workStart,
      workEnd,
      nudges,
      innovationKeywords: [...innovationKeywords],
      retentionMonths,
      blockName,
    },
    problems,
  };
}
