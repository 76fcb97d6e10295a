// The page report a user can attach to a bug report: the page's structure
// (utils/gcal/page-structure.ts) and what Polarity read from it, with no
// title, name, address, description or id in it.
import type { StructureAnswer } from '@/utils/calendar/source';
import type { DayKey, EventKind, Snapshot } from '@/utils/shared/types';
import { summariseRead, type ReadSummary } from './read-summary';

export const PAGE_REPORT_FORMAT = 'polarity-page-report';

/** What the reader made of one chip (by its placeholder): kind and, per day, its times. */
export interface ChipFacts {
  kind: EventKind;
  declined?: true;
  timeBlock?: true;
  /** Local `HH:mm` start and end on each day it was placed (`24:00`: the day's end). */
  days: Record<DayKey, [string, string]>;
}

export interface PageReport<Page = unknown> {
  format: typeof PAGE_REPORT_FORMAT;
  version: 1;
  /** Which Polarity made it. */
  polarity: string;
  /** The reader's verdict and counts; no titles. */
  reading: Omit<ReadSummary, 'tabId' | 'excluded' | 'readAt'>;
  chips: Record<string, ChipFacts>;
  /** The calendar source's picture of the page (Google: `PageStructure`). */
  page: Page;
}

const pad = (n: number) => String(n).padStart(2, '0');

function hhmm(t: number, day: DayKey, end: boolean): string {
  const d = new Date(t);
  const sameDay = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` === day;
  // An end at the next midnight is the end of this day.
  if (end && !sameDay) return '24:00';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The report of a page as the content script described it, read again here. Pure. */
export function buildPageReport<Page>(
  answer: StructureAnswer & { structure: Page },
  snap: Snapshot,
  version: string,
): PageReport<Page> {
  const placeholderOf = new Map(Object.entries(answer.ids).map(([ph, eid]) => [eid, ph]));
  const chips: Record<string, ChipFacts> = {};
  for (const e of snap.events) {
    const ph = placeholderOf.get(e.eid);
    if (!ph) continue;
    const facts = (chips[ph] ??= { kind: e.kind, days: {} });
    if (e.declined) facts.declined = true;
    if (e.timeBlock) facts.timeBlock = true;
    facts.days[e.day] = [hhmm(e.start, e.day, false), hhmm(e.end, e.day, true)];
  }
  // No titles (the excluded list), no tab, no time of reading: counts and the verdict only.
  const { account, view, status, reason, chipsFound, unreadableChips, days, excludedCounts } =
    summariseRead(snap);
  const reading: PageReport['reading'] = {
    account,
    view,
    status,
    chipsFound,
    unreadableChips,
    days,
    excludedCounts,
    ...(reason !== undefined && { reason }),
  };
  return {
    format: PAGE_REPORT_FORMAT,
    version: 1,
    polarity: version,
    reading,
    chips,
    page: answer.structure,
  };
}
