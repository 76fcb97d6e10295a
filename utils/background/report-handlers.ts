import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { unreadableText } from './unreadable-text';
import { getLastAccount, getPageStatus, type PageStatus } from '@/utils/domain/db/meta';
import { readForReport } from '@/utils/domain/db/report-read';
import { getRules } from '@/utils/domain/rules/get-rules';
import type { Rule } from '@/utils/domain/rules/types';
import { unreadableCount } from '@/utils/domain/db/heal';
import type { CalendarUrls } from '@/utils/calendar/source';
import type { Db } from '@/utils/domain/db/schema';
import { buildDataExport } from '@/utils/domain/export/data-export';
import type { Handlers } from '@/utils/shared/messages';
import { buildWeekReport } from '@/utils/domain/report/build-week-report';
import type { RebookUrl } from '@/utils/domain/report/innovation-blocks';
import { weekEvents } from '@/utils/domain/report/week-events';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import { storageProblemItem } from './storage-status';
import {
  getSettings,
  resolveWeekStart,
  workingHoursOf,
  type Settings,
} from '@/utils/domain/settings/settings';
import { loadWeek, weekOf } from '@/utils/domain/week/load-week';
import { spanOfWeeks, weekRange } from '@/utils/domain/week/week-range';
import { weekAhead } from '@/utils/domain/report/week-ahead';
import { en } from '@/utils/shared/i18n/messages/en';
import { msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, render, type Reader } from '@/utils/shared/i18n/render';

export interface ReportDeps {
  db: Promise<Db>;
  now: () => number;
  /** The calendar's own pages, for the popup's links. */
  urls: CalendarUrls;
  /** Comes with the overrides feature; without it blocks show no Rebook link. */
  rebookUrl?: RebookUrl;
  settings?: () => Promise<Settings>;
  rules?: () => Promise<readonly Rule[]>;
  /** The user's language, for the default name of a booked block. */
  reader?: () => Reader;
}

const ENGLISH: Reader = catalogueReader(en, 'en');

/** The user's block name, else the default one in their language. */
export const blockNameOf = (settings: Settings, reader: Reader = ENGLISH): string =>
  settings.blockName.trim() || render(msg('nudge_block_title'), reader);

export const TREND_WEEKS = 8;
// Ten years either way: far beyond any history kept, and it keeps date maths sane.
const MAX_OFFSET = 520;

/**
 * The popup's week report. The work is bounded whatever the history: one
 * read of the trend's weeks (and next week) by key range, with the account's
 * status, tags and overrides, in one transaction.
 */
export async function weekReport(
  db: Db,
  offset: number,
  now: number,
  settings: Settings,
  urls: CalendarUrls,
  {
    rebookUrl,
    reader = ENGLISH,
    rules = getRules,
    account: guess,
  }: {
    rebookUrl?: RebookUrl | undefined;
    reader?: Reader;
    rules?: () => Promise<readonly Rule[]>;
    /** The account of the last report: read at once, while the last account is looked up. */
    account?: number | undefined;
  } = {},
): Promise<WeekReportResult> {
  const startOf = (status?: PageStatus) => resolveWeekStart(settings, status?.weekStartsOn);
  const first = offset - (TREND_WEEKS - 1);
  // The week ahead is about now: only the current week carries it, with next week.
  const last = offset === 0 ? 1 : offset;
  const [read, ruleList] = await Promise.all([
    readForReport(db, spanOfWeeks(now, first, last), guess),
    rules(),
  ]);
  if (!read) return { state: 'first-run', calendarUrl: urls.week(0) };
  const { account, status } = read;
  const weekStartsOn = startOf(status);
  const hours = workingHoursOf(settings);
  const q = {
    account,
    workingHours: hours,
    classifyContext: {
      tags: read.tags,
      rules: ruleList,
      innovationKeywords: settings.innovationKeywords,
    },
  };
  const week = (o: number) => weekOf(read.days, weekRange(now, weekStartsOn, o), q);
  const trend = Array.from({ length: TREND_WEEKS }, (_, i) => week(first + i));
  const blockName = blockNameOf(settings, reader);
  const ahead =
    offset === 0
      ? weekAhead({
          weeks: [trend[TREND_WEEKS - 1]!, week(1)],
          finished: trend.slice(0, -1),
          now,
          targetPercent: settings.targetPercent,
          hours,
          blockName,
          newEventUrl: (slot, weekly) =>
            urls.newEvent(account, blockName, slot, read.zone, { weekly }),
          weekUrl: (day) => urls.week(account, day),
        })
      : undefined;
  return buildWeekReport({
    ...(ahead && { ahead }),
    week: trend[TREND_WEEKS - 1]!,
    trend,
    overrides: read.overrides,
    accounts: read.accounts,
    offset,
    targetPercent: settings.targetPercent,
    // Rendered here, in the browser's language, for the popup that shows it.
    ...(status?.status === 'unreadable' && { unreadable: unreadableText(status, browserReader()) }),
    weekUrl: urls.week,
    ...(rebookUrl && { rebookUrl }),
  });
}

/** A cached week report is also dropped after this long: "now" moves on even when data doesn't. */
export const REPORT_TTL_MS = 10 * 60_000;

export interface ReportHandlers extends Pick<
  Handlers,
  'getWeekReport' | 'exportData' | 'getWeekEvents'
> {
  /** Stored data, tags or settings changed: every cached report is stale. */
  invalidate(): void;
  /** Compute the current week ahead, so the popup opens on a ready answer. */
  warm(): Promise<void>;
}

export function reportHandlers({
  db,
  now,
  urls,
  rebookUrl,
  settings = getSettings,
  rules = getRules,
  reader = () => ENGLISH,
}: ReportDeps): ReportHandlers {
  // By week offset. The popup's first question is nearly always the current
  // week, asked long after the last change: keeping it ready is what makes
  // the popup open at once.
  const cache = new Map<number, { at: number; report: Promise<WeekReportResult> }>();
  let lastAccount: number | undefined;

  function cached(weeks: number): Promise<WeekReportResult> {
    const hit = cache.get(weeks);
    if (hit && now() - hit.at < REPORT_TTL_MS) return hit.report;
    // Storage and IndexedDB are read side by side: the popup waits on the slower only.
    const report = Promise.all([db, settings()]).then(([store, current]) =>
      weekReport(store, weeks, now(), current, urls, {
        rebookUrl,
        reader: reader(),
        rules,
        account: lastAccount,
      }),
    );
    report.then((r) => r.state === 'week' && (lastAccount = r.account)).catch(() => undefined);
    const entry = { at: now(), report };
    cache.set(weeks, entry);
    report.catch(() => cache.get(weeks) === entry && cache.delete(weeks));
    return report;
  }

  return {
    async getWeekReport({ offset }) {
      const weeks = Number.isInteger(offset)
        ? Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, offset))
        : 0;
      const [report, problem] = await Promise.all([cached(weeks), storageProblemItem.getValue()]);
      if (report.state !== 'week') return report;
      // Counted after the report was read: what it skipped is included.
      const skipped = unreadableCount();
      return {
        ...report,
        ...(problem && { storageProblem: problem }),
        ...(skipped > 0 && { unreadableData: skipped }),
      };
    },
    // Not cached: the review page asks right after changing a tag or a rule.
    async getWeekEvents({ offset }) {
      const weeks = Number.isInteger(offset)
        ? Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, offset))
        : 0;
      const [store, current] = await Promise.all([db, settings()]);
      const account = await getLastAccount(store);
      if (account === undefined) return { state: 'first-run', calendarUrl: urls.week(0) };
      const [status, ctx] = await Promise.all([
        getPageStatus(store, account),
        loadClassifyContext(store, account),
      ]);
      const week = await loadWeek(store, {
        account,
        at: now(),
        offset: weeks,
        weekStartsOn: resolveWeekStart(current, status?.weekStartsOn),
        workingHours: workingHoursOf(current),
        classifyContext: { ...ctx, innovationKeywords: current.innovationKeywords },
      });
      const url = urls.week(account, week.range.days[0]);
      return weekEvents(week, weeks, ctx.tags ?? { event: new Map(), series: new Map() }, url);
    },
    async exportData() {
      return buildDataExport(await db, await settings(), now());
    },
    invalidate: () => cache.clear(),
    warm: async () => {
      await cached(0).catch(() => undefined);
    },
  };
}
