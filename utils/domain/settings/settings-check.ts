import { englishOf, type CheckKey } from '@/utils/shared/check';
import { msg, type Msg, type Sub } from '@/utils/shared/i18n/msg';
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
  /** What was wrong, one sentence each in English, naming the field. Empty when all was well. */
  problems: string[];
  /** The same, as sentences for the reader (Options shows the first). */
  because: Msg[];
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
  const because: Msg[] = [];
  const problem = (key: CheckKey, path: string, ...subs: Sub[]) => {
    const m = msg(key, path, ...subs);
    because.push(m);
    problems.push(englishOf(m));
  };
  const v = isObject(value) ? value : {};
  if (!isObject(value)) problem('check_object', 'settings');
  const field = <T>(
    name: string,
    ok: (x: unknown) => x is T,
    fallback: T,
    rule: CheckKey,
    ...subs: Sub[]
  ): T => {
    if (!(name in v)) {
      problem('check_missing', `settings.${name}`);
      return fallback;
    }
    if (ok(v[name])) return v[name];
    problem(rule, `settings.${name}`, ...subs);
    return fallback;
  };

  const targetPercent = field(
    'targetPercent',
    (x): x is number => isInt(x, CUSTOM_MIN, CUSTOM_MAX),
    defaults.targetPercent,
    'check_whole_range',
    CUSTOM_MIN,
    CUSTOM_MAX,
  );
  // Absent before settings version 2: the preset is whatever the percent matches.
  let targetPreset = presetFor(targetPercent);
  if ('targetPreset' in v) {
    if (!isTargetPreset(v.targetPreset)) problem('check_preset', 'settings.targetPreset');
    else if (v.targetPreset === 'custom') targetPreset = 'custom';
  }
  const preset = TARGET_PRESETS.find((p) => p.id === targetPreset);
  if (preset && preset.innovationPercent !== targetPercent) targetPreset = 'custom';

  const weekStart = field(
    'weekStart',
    (x): x is WeekStartSetting => WEEK_STARTS.includes(x as WeekStartSetting),
    defaults.weekStart,
    'check_week_start',
  );
  const workingDays = field(
    'workingDays',
    (x): x is number[] =>
      Array.isArray(x) &&
      x.length > 0 &&
      x.every((d) => isInt(d, 0, 6)) &&
      new Set(x).size === x.length,
    defaults.workingDays,
    'check_working_days',
  );
  let workStart = field(
    'workStart',
    (x): x is number => isInt(x, 0, DAY_MINUTES - 1),
    defaults.workStart,
    'check_minutes',
  );
  let workEnd = field(
    'workEnd',
    (x): x is number => isInt(x, 1, DAY_MINUTES),
    defaults.workEnd,
    'check_minutes',
  );
  if (workStart >= workEnd) {
    problem('check_after', 'settings.workEnd', 'settings.workStart');
    [workStart, workEnd] = [defaults.workStart, defaults.workEnd];
  }

  const nudges = { ...defaults.nudges };
  const n = field('nudges', isObject, {}, 'check_object');
  for (const key of Object.keys(nudges) as (keyof Settings['nudges'])[]) {
    if (!(key in n)) continue; // a kind added later starts at its default
    if (typeof n[key] === 'boolean') nudges[key] = n[key];
    else problem('check_bool', `settings.nudges.${key}`);
  }

  const innovationKeywords = field(
    'innovationKeywords',
    (x): x is string[] =>
      Array.isArray(x) &&
      x.length <= MAX_KEYWORDS &&
      x.every((k) => typeof k === 'string' && k.trim() !== '' && k.length <= MAX_KEYWORD_LENGTH),
    defaults.innovationKeywords,
    'check_keywords',
    MAX_KEYWORDS,
    MAX_KEYWORD_LENGTH,
  );
  const retentionMonths = field(
    'retentionMonths',
    (x): x is number => isInt(x, RETENTION_MIN, RETENTION_MAX),
    defaults.retentionMonths,
    'check_months',
    RETENTION_MIN,
    RETENTION_MAX,
  );

  // Added after version 2: absent is the default, not a problem (older files restore).
  let blockName = defaults.blockName;
  if ('blockName' in v) {
    if (typeof v.blockName === 'string' && v.blockName.length <= MAX_BLOCK_NAME) {
      blockName = v.blockName.trim();
    } else problem('check_max_text', 'settings.blockName', MAX_BLOCK_NAME);
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
    because,
  };
}
