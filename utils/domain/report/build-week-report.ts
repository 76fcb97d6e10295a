import type { OverrideRecord } from '@/utils/domain/db/schema';
import { splitPercent } from '@/utils/domain/week/count-week';
import type { WeekData } from '@/utils/domain/week/load-week';
import { afterHoursSummary } from './after-hours-summary';
import { coverageSummary } from './coverage-summary';
import { innovationBlocks, type RebookUrl } from './innovation-blocks';
import { isoWeek } from './iso-week';
import { historyGaps } from './history-gaps';
import { largestExecution } from './largest-execution';
import { nextStep } from './next-step';
import { reflectionQuestion } from './reflection-question';
import { splitSummary } from './split-summary';
import type { DayKey } from '@/utils/shared/types';
import type { ReportEvent, TrendPoint, WeekAhead, WeekReport } from './week-report';

export interface WeekReportInput {
  week: WeekData;
  /** The weeks of the trend, oldest first, ending with `week`. */
  trend: readonly WeekData[];
  /** The account's overrides; those of other weeks are ignored. */
  overrides: readonly OverrideRecord[];
  accounts: readonly number[];
  offset: number;
  targetPercent: number;
  unreadable?: string;
  /** The calendar's week view on a day (the calendar source builds it). */
  weekUrl: (account: number, day: DayKey) => string;
  rebookUrl?: RebookUrl;
  /** The current week only: this week and next planned against the target (./week-ahead.ts). */
  ahead?: WeekAhead;
}

export function trendPoint(week: WeekData, weekUrl?: (day: DayKey) => string): TrendPoint {
  const percent = splitPercent(week.count);
  const firstDay = week.range.days[0]!;
  return {
    isoWeek: isoWeek(week.range.days),
    firstDay,
    daysSeen: week.daysSeen.length,
    ...(percent !== undefined && { innovationPercent: percent }),
    ...(weekUrl && { calendarUrl: weekUrl(firstDay) }),
  };
}

const toReportEvent = (e: WeekData['events'][number]): ReportEvent => ({
  id: e.id,
  seriesId: e.seriesId,
  title: e.title,
  day: e.day,
  start: e.start,
  end: e.end,
  kind: e.kind,
  declined: e.declined,
  category: e.category,
  reason: e.reason,
  source: e.source,
  because: e.because,
  ...(e.calendarName !== undefined && { calendarName: e.calendarName }),
});

/** Everything the popup shows for one week, from data already loaded. */
export function buildWeekReport(input: WeekReportInput): WeekReport {
  const { week, offset } = input;
  const { range, count, events, daysSeen, account } = week;
  // An override belongs to the week its block was in, whatever week start the detector used.
  const overrides = input.overrides.filter(
    (o) =>
      o.account === account &&
      (o.weekStart === range.start || (o.block.start < range.end && o.block.end > range.start)),
  );
  const seen = new Set(daysSeen);
  const urlOf = (day: DayKey) => input.weekUrl(account, day);
  const split = splitSummary(count, input.targetPercent);
  const coverage = coverageSummary(range.days, daysSeen, urlOf);
  const trend = input.trend.map((w) => trendPoint(w, urlOf));
  const gaps = historyGaps(trend, range.days.length);
  const reportEvents = events.map(toReportEvent);
  return {
    state: 'week',
    account,
    accounts: [...input.accounts].sort((a, b) => a - b),
    offset,
    isoWeek: isoWeek(range.days),
    days: range.days,
    start: range.start,
    end: range.end,
    hasData: daysSeen.length > 0 || events.length > 0,
    split,
    daily: count.days.map((d) => ({ ...d, seen: seen.has(d.day) })),
    blocks: innovationBlocks(events, overrides, range, input.rebookUrl),
    afterHours: afterHoursSummary(count),
    largest: largestExecution(events, range),
    coverage,
    trend,
    question: reflectionQuestion(range.days[0]!),
    gaps,
    next: nextStep({
      offset,
      split,
      coverage,
      gaps,
      events: reportEvents,
      weekUrl: urlOf(range.days[0]!),
    }),
    ...(input.unreadable !== undefined && { unreadable: input.unreadable }),
    events: reportEvents,
    ...(input.ahead && { ahead: input.ahead }),
  };
}
