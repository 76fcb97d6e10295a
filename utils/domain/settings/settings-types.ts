import type { TargetPreset } from './target-presets';

/** 'google' follows the week start Google Calendar shows. */
export type WeekStartSetting = 'google' | 0 | 1 | 6;

export interface Settings {
  /** Target innovation share in percent: 80/20 → 20. The number in force. */
  targetPercent: number;
  /**
   * Which choice the user made (settings version 2): a preset, or custom.
   * Custom 20 and the 80/20 preset count the same; only the options page differs.
   */
  targetPreset: TargetPreset;
  weekStart: WeekStartSetting;
  /** Working days (0 = Sunday) and hours in minutes after midnight. */
  workingDays: number[];
  workStart: number;
  workEnd: number;
  nudges: {
    overrides: boolean;
    nextWeek: boolean;
    quietOutsideWorkingHours: boolean;
    /** Late in the week, when a run of weeks on target is about to break. */
    streak: boolean;
    /** Once, when innovation was mostly after hours two weeks running. */
    afterHours: boolean;
  };
  /** The built-in innovation keywords, editable by the user. */
  innovationKeywords: string[];
  /** History older than this is pruned. */
  retentionMonths: number;
  /**
   * The title of a block booked from the popup's week ahead; empty: the
   * default name in the user's language. Absent from older settings and backups.
   */
  blockName: string;
}
