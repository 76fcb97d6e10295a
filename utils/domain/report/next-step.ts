import type {
  CoverageSummary,
  HistoryGap,
  NextStep,
  ReportEvent,
  SplitSummary,
} from './week-report';

export interface NextStepInput {
  offset: number;
  split: SplitSummary;
  coverage: CoverageSummary;
  gaps: readonly HistoryGap[];
  events: readonly Pick<ReportEvent, 'kind' | 'declined' | 'source'>[];
  /** The calendar on the shown week. */
  weekUrl: string;
}

/** Innovation minutes still to book for the week to reach its target (0 when it has). */
export function minutesShort(split: SplitSummary): number {
  const t = split.targetPercent / 100;
  if (t <= 0 || t >= 1) return 0;
  const needed = (t * split.executionMin) / (1 - t) - split.innovationMin;
  return Math.max(0, Math.ceil(needed / 15) * 15);
}

/** Timed, counted events that only the built-in defaults decided: nobody looked at them. */
export const decidedByDefault = (events: NextStepInput['events']): number =>
  events.filter((e) => e.kind === 'timed' && !e.declined && e.source === 'default').length;

/**
 * The one step the popup's first screen offers, in this order: book
 * innovation while a week below target can still change (the product's
 * point); open the shown week where it was not seen in full (its split is
 * a guess until then); open the earlier weeks the trend lacks; check what
 * the defaults decided. Nothing when all is in order.
 */
export function nextStep(input: NextStepInput): NextStep {
  const { split, coverage, gaps, offset } = input;
  if (offset >= 0 && split.vsTarget !== undefined && split.vsTarget < 0) {
    const shortMin = minutesShort(split);
    if (shortMin > 0) return { kind: 'book', calendarUrl: input.weekUrl, shortMin };
  }
  if (coverage.missing.length > 0 && offset <= 0) {
    return {
      kind: 'open-week',
      calendarUrl: coverage.calendarUrl,
      missing: coverage.missing.length,
    };
  }
  if (gaps.length > 0) {
    return { kind: 'browse-back', calendarUrl: gaps[0]!.calendarUrl, weeks: gaps.length };
  }
  const count = decidedByDefault(input.events);
  if (count > 0) return { kind: 'tag', count };
  return { kind: 'none' };
}
