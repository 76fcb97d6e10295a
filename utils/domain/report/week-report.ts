import type { DayCount } from '@/utils/domain/week/count-week';
import type { Msg } from '@/utils/shared/i18n/msg';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import type { DayKey } from '@/utils/shared/types';
import type { OverrideRecord } from '@/utils/domain/db/schema';

// The popup's whole view model: plain data, built in the background and sent
// over the message wire, so the popup only renders.

export interface SplitSummary {
  executionMin: number;
  innovationMin: number;
  /** Innovation share in whole percent; undefined when nothing counts. */
  innovationPercent?: number;
  executionPercent?: number;
  targetPercent: number;
  /** Innovation percent minus target, in points; undefined when nothing counts. */
  vsTarget?: number;
}

export interface DayBar extends DayCount {
  /** Shown in full at least once in Google Calendar. */
  seen: boolean;
}

export interface BlockOverride {
  cause: OverrideRecord['cause'];
  /** Title of the event that took the time (overlap only). */
  byTitle?: string;
  minutesLost: number;
  state: OverrideRecord['state'];
  /** Present only when the overrides feature can build one. */
  rebookUrl?: string;
}

export interface InnovationBlock {
  id: string;
  title: string;
  start: number;
  end: number;
  minutes: number;
  status: 'kept' | 'overridden';
  overrides: BlockOverride[];
  minutesLost: number;
  /** Execution overlap seen in this week's events, recorded as an override or not. */
  overlapMin: number;
}

export interface ExecutionItem {
  seriesId: string;
  title: string;
  minutes: number;
  /** Occurrences in the week; more than one means a recurring series. */
  occurrences: number;
  recurring: boolean;
}

export interface AfterHoursSummary {
  innovationMin: number;
  afterHoursMin: number;
  /** Whole percent of the week's innovation done outside working hours. */
  percent?: number;
  /** More than a third of the innovation is after hours: the essay's burnout warning. */
  high: boolean;
}

export interface CoverageSummary {
  seen: number;
  total: number;
  missing: DayKey[];
  /** Google Calendar on the first missing day's week (or the week, when all were seen). */
  calendarUrl: string;
}

export interface TrendPoint {
  /** `2026-W48` */
  isoWeek: string;
  firstDay: DayKey;
  innovationPercent?: number;
  daysSeen: number;
  /** The calendar on that week: opening it there fills the gap. */
  calendarUrl?: string;
}

/** A free slot, and the calendar's own new-event page for it, once or every week. */
export interface BookableSlot {
  start: number;
  end: number;
  url: string;
  weeklyUrl: string;
}

/** A week planned against the target (product.md "Planned split"). */
export interface PlannedWeek {
  which: 'this' | 'next';
  firstDay: DayKey;
  daysSeen: number;
  /** The calendar on that week: where to look when it was not seen. */
  calendarUrl: string;
  targetPercent: number;
  executionMin: number;
  innovationMin: number;
  plannedPercent?: number;
  soFar: { executionMin: number; innovationMin: number };
  ahead: { executionMin: number; innovationMin: number };
  /** Innovation minutes still to book; 0 when the plan reaches the target. */
  gapMin?: number;
  /** Inside working hours, longest first. */
  slots: BookableSlot[];
  /** Also outside working hours: shown only when the user asks. */
  otherSlots: BookableSlot[];
}

/** Weeks on target in a row, up to last week, and whether this week's plan keeps the run. */
export interface StreakSummary {
  weeks: number;
  /** Every finished week of the trend was on target: the run may be longer. */
  atLeast: boolean;
  thisWeekOnTarget: boolean;
  /** A run to lose, and this week is planned below target. */
  atRisk: boolean;
}

/** Innovation mostly outside working hours, two finished weeks running (the essay's burnout warning). */
export interface AfterHoursPattern {
  /** The weeks that make the pattern, oldest first, with their after-hours share. */
  weeks: { firstDay: DayKey; percent: number }[];
  /** Room inside working hours this week and next for that much innovation. */
  slots: BookableSlot[];
}

export interface WeekAhead {
  /** The title a booked block gets. */
  blockName: string;
  /** This week, then next week. */
  weeks: PlannedWeek[];
  streak: StreakSummary;
  afterHoursPattern?: AfterHoursPattern;
}

/** One row per event of the week, for the CSV export. */
export type ReportEvent = Pick<
  ClassifiedEvent,
  | 'id'
  | 'seriesId'
  | 'title'
  | 'day'
  | 'start'
  | 'end'
  | 'kind'
  | 'declined'
  | 'category'
  | 'reason'
  | 'source'
> & {
  calendarName?: string;
  /** The reason as a sentence, for the export in the browser's language. */
  because?: Msg;
};

export interface HistoryGap {
  isoWeek: string;
  firstDay: DayKey;
  daysSeen: number;
  calendarUrl: string;
}

export type NextStep =
  /** The shown week is not seen in full: its split is a guess until it is. */
  | { kind: 'open-week'; calendarUrl: string; missing: number }
  /** Below target and the week is not over: book innovation time. */
  | { kind: 'book'; calendarUrl: string; shortMin: number }
  /** Timed events only the defaults decided: check and tag them. */
  | { kind: 'tag'; count: number }
  /** Earlier weeks were never opened: the trend is thin. */
  | { kind: 'browse-back'; calendarUrl: string; weeks: number }
  | { kind: 'none' };

export interface WeekReport {
  state: 'week';
  account: number;
  /** Every account seen; the popup names the account only when there are several. */
  accounts: number[];
  offset: number;
  /** `2026-W48`, also the export file names. */
  isoWeek: string;
  days: DayKey[];
  start: number;
  end: number;
  hasData: boolean;
  split: SplitSummary;
  daily: DayBar[];
  blocks: InnovationBlock[];
  afterHours: AfterHoursSummary;
  largest: ExecutionItem[];
  coverage: CoverageSummary;
  /** Oldest first, the shown week last. */
  trend: TrendPoint[];
  question: string;
  /** Past weeks of the trend Polarity never saw in full, with where to open them. */
  gaps: HistoryGap[];
  /** The one most useful thing to do next (utils/domain/report/next-step.ts). */
  next: NextStep;
  /** Set when the last read of the page failed, with the reason in words. */
  unreadable?: string;
  /** Set while a background write was refused because storage is full. */
  storageProblem?: { at: number; what: string };
  /** How many stored records were skipped because they could not be read. */
  unreadableData?: number;
  events: ReportEvent[];
  /** This week and next planned against the target; only on the current week. */
  ahead?: WeekAhead;
}

export interface FirstRun {
  state: 'first-run';
  /** Where to start: the calendar's week view. */
  calendarUrl: string;
}

export type WeekReportResult = WeekReport | FirstRun;
