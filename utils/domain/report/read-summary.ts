// "Show what Polarity read": what the last read of a Calendar page found and
// counted, so a person who doubts the number sees why in one look.
import type { CalEvent, DayKey, EventKind, Snapshot, ViewKind } from '@/utils/shared/types';
import type { Msg } from '@/utils/shared/i18n/msg';

/** Why an event read from the page does not count. */
export type ExcludedWhy =
  'declined' | 'task' | 'all-day' | 'holiday' | 'birthday' | 'working location' | 'out of office';

const WHY: Record<Exclude<EventKind, 'timed'>, ExcludedWhy> = {
  task: 'task',
  allday: 'all-day',
  holiday: 'holiday',
  birthday: 'birthday',
  'working-location': 'working location',
  'out-of-office': 'out of office',
};

export interface SummaryDay {
  day: DayKey;
  /** Timed events placed on the day that count (not declined), and their minutes. */
  counted: number;
  minutes: number;
  /** Of them, time blocks (focus time, time-blocked tasks). */
  timeBlocks: number;
  /** Some chip of the day could not be read, or "N more" hides events: stored events are kept. */
  partial: boolean;
}

export interface ReadSummary {
  /** The tab that sent the read, to ask it for a page report. */
  tabId?: number;
  account: number;
  view: ViewKind;
  status: Snapshot['status'];
  reason?: string;
  /** The reason as a sentence; the background renders it into `reason` for the popup. */
  because?: Msg;
  readAt: number;
  /** Chips on the page, and those no event could be read from. */
  chipsFound: number;
  unreadableChips: number;
  days: SummaryDay[];
  /** Events read but not counted, one line each, in page order. */
  excluded: { title: string; day: DayKey; why: ExcludedWhy }[];
  /** How many of each reason, for the one-line summary. */
  excludedCounts: Partial<Record<ExcludedWhy, number>>;
}

function whyExcluded(e: CalEvent): ExcludedWhy | null {
  if (e.kind !== 'timed') return WHY[e.kind];
  return e.declined ? 'declined' : null;
}

/** The summary of one interpreted read. Pure. */
export function summariseRead(snap: Snapshot, tabId?: number): ReadSummary {
  const partial = new Set(snap.partialDays);
  const byDay = new Map<DayKey, SummaryDay>();
  for (const day of [...snap.fullDays, ...snap.partialDays].sort())
    byDay.set(day, { day, counted: 0, minutes: 0, timeBlocks: 0, partial: partial.has(day) });
  const excluded: ReadSummary['excluded'] = [];
  const excludedCounts: ReadSummary['excludedCounts'] = {};
  for (const e of snap.events) {
    const why = whyExcluded(e);
    if (why) {
      excluded.push({ title: e.title, day: e.day, why });
      excludedCounts[why] = (excludedCounts[why] ?? 0) + 1;
      continue;
    }
    const d = byDay.get(e.day);
    if (!d) continue;
    d.counted++;
    d.minutes += Math.round((e.end - e.start) / 60_000);
    if (e.timeBlock) d.timeBlocks++;
  }
  const summary: ReadSummary = {
    account: snap.account,
    view: snap.view,
    status: snap.status,
    readAt: snap.readAt,
    chipsFound: snap.chips?.found ?? 0,
    unreadableChips: snap.chips?.unread ?? 0,
    days: [...byDay.values()],
    excluded,
    excludedCounts,
  };
  if (tabId !== undefined) summary.tabId = tabId;
  if (snap.reason !== undefined) summary.reason = snap.reason;
  if (snap.because !== undefined) summary.because = snap.because;
  return summary;
}
