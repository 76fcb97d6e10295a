import { browser, type Browser } from '#imports';
import { storeRead } from '@/utils/domain/db/store-read';
import { pruneHistory } from '@/utils/domain/db/prune';
import { getLastAccount } from '@/utils/domain/db/meta';
import type { Db } from '@/utils/domain/db/schema';
import { sendToTab, type Handlers, type Router } from '@/utils/shared/messages';
import { taggableOf } from '@/utils/domain/classify/tag-state';
import type { CalendarSource } from '@/utils/calendar/source';
import { buildPageReport } from '@/utils/domain/report/page-report';
import { summariseRead } from '@/utils/domain/report/read-summary';
import { rebookLink } from './nudges/innovation-taken/rebook-link';
import { getSettings, rulesItem, settingsItem } from '@/utils/domain/settings/settings';
import { getRules } from '@/utils/domain/rules/get-rules';
import { keptValue } from './kept-value';
import type { Snapshot } from '@/utils/shared/types';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { backupHandlers } from './backup-handlers';
import { firstRunHandlers } from './first-run';
import { computeBadge, showBadge, type BadgeSink } from './badge-service';
import type { NudgeChannels } from './nudges/channels';
import { createNudgeService } from './nudges/nudge-service';
import { pageReads, readBases, tabEvents } from './page-reads';
import { unreadableText } from './unreadable-text';
import { pageStringsHandlers, type LoadLocale } from './page-strings';
import type { PageStyles } from '@/utils/shared/i18n/page-strings';
import { receiver, type SenderPolicy } from './receive';
import { reportHandlers } from './report-handlers';
import { servesHandlers } from './serves-handlers';
import { serial } from '@/utils/shared/serial';
import { unreadableDataItem } from '@/utils/shared/unreadable-data';
import { watchUnreadable } from '@/utils/domain/db/heal';
import { watchSettings } from './settings-handlers';
import { badgeWithProblem, storageGuard, storageProblemItem } from './storage-status';
import { createTagHandlers, notifyCalendarTabs } from './tag-handlers';

/** Long enough for a burst of page edits to settle, short enough to beat a click on the toolbar. */
const WARM_DELAY_MS = 300;

// Read each time: the browser's language can change while the worker lives.
const reader = () => browserReader();

export interface BackgroundDeps {
  db: Promise<Db>;
  badge: BadgeSink;
  now: () => number;
  /** The calendar it reads (Google Calendar in the product; tests bring their own). */
  source: CalendarSource;
  /** Tells open calendar tabs that categories changed (tests pass their own). */
  notifyTabs?: () => Promise<void>;
  /** Where nudges go: notifications and calendar-tab toasts by default (tests pass their own). */
  nudgeChannels?: NudgeChannels;
  /** Asks a calendar tab for its page structure (tests pass their own). */
  askStructure?: (tabId: number) => Promise<unknown>;
  /** The extension's version, written into page reports. */
  version?: string;
  /** Reads a built catalogue, for the page's strings (tests pass their own). */
  loadLocale?: LoadLocale;
  /** The calendar tabs' shadow-root stylesheets, sent with their strings (the entrypoint's). */
  pageStyles?: PageStyles;
  /** Who Polarity is, for the sender checks (tests pass their own). */
  self?: Omit<SenderPolicy, 'isCalendarPage'>;
}

export interface Background {
  /** The handlers, unchecked: tests call them directly. */
  handlers: Partial<Handlers>;
  /** The wire: every message's sender and data checked before its handler runs. */
  receive: Router;
  /** Recompute the badge from stored data (start-up, week rollover). */
  refresh(): Promise<void>;
  /** Delete history beyond the retention setting (start-up, daily alarm), then refresh. */
  prune(): Promise<void>;
  /** A read of the page, interpreted: saved, checked for overrides, on the badge. */
  applySnapshot(snap: Snapshot, sender?: Browser.runtime.MessageSender): Promise<{ ok: true }>;
}

export function createBackground({
  db,
  badge,
  now,
  source,
  notifyTabs = () => notifyCalendarTabs(source.tabPattern),
  nudgeChannels,
  askStructure = (tabId) => sendToTab(tabId, 'getPageStructure', {}),
  version = 'unknown',
  loadLocale,
  pageStyles,
  self,
}: BackgroundDeps): Background {
  const queue = serial();
  // Watched before any report is asked for, so a change is never missed.
  const keptSettings = keptValue(getSettings, (changed) => settingsItem.watch(changed));
  const keptRules = keptValue(getRules, (changed) => rulesItem.watch(changed));
  const reports = reportHandlers({
    settings: keptSettings.get,
    rules: keptRules.get,
    db,
    now,
    urls: source.urls,
    rebookUrl: rebookLink(now, source.urls),
    reader,
  });
  const reads = pageReads();
  const bases = readBases();
  const held = tabEvents();
  let warming: ReturnType<typeof setTimeout> | undefined;
  const refresh = () =>
    queue(async () => {
      // Every change of data, tags or settings passes here: the popup's cached weeks go,
      // and the current one is computed again once the page has settled.
      reports.invalidate();
      clearTimeout(warming);
      warming = setTimeout(() => void reports.warm(), WARM_DELAY_MS);
      const [computed, problem] = await Promise.all([
        computeBadge(await db, now(), reader()),
        storageProblemItem.getValue(),
      ]);
      await showBadge(badge, badgeWithProblem(computed, problem, reader()));
    });
  // Called inside the queue only (restore runs it in its own queued job).
  const pruneNow = async () => pruneHistory(await db, now(), (await getSettings()).retentionMonths);
  const prune = async () => {
    await queue(pruneNow);
    await refresh();
  };
  const changed = async () => {
    await refresh();
    await notifyTabs();
  };
  const nudges = createNudgeService({
    db,
    now,
    queue,
    refresh,
    urls: source.urls,
    tabPattern: source.tabPattern,
    accountOf: source.accountOf,
    ...(nudgeChannels && { channels: nudgeChannels }),
  });

  // Records skipped as unreadable show in the popup (week report) and the options page.
  const keepUnreadable = (count: number) =>
    void unreadableDataItem.setValue(count > 0 ? { count } : null).catch(() => undefined);
  watchUnreadable(keepUnreadable);
  keepUnreadable(0);

  // A write refused for a full disk shows on the badge title and the options page.
  const guard = storageGuard({ now, onChange: refresh });

  const applySnapshot = guard.write(
    'the calendar page',
    async function applySnapshot(snap: Snapshot, sender?: Browser.runtime.MessageSender) {
      const send = await queue(async () => {
        const store = await db;
        let found: ((tabId?: number) => Promise<void>) | undefined;
        // A page that can't be read leaves stored weeks exactly as they were.
        if (snap.status === 'ok') {
          // Nudges found in reads (overrides) are a difference with the stored days:
          // compare before saving.
          found = await nudges.beforeSave(store, snap);
        }
        // Days, page status and last account in one transaction: old or new, never a mix.
        await storeRead(store, snap);
        return found;
      });
      await refresh();
      if (send) await send(sender?.tab?.id).catch(() => undefined);
      return { ok: true as const };
    },
  );

  // A tag, rule or keyword change shows at once: badge here, chip markers in every calendar tab.
  const tagging = createTagHandlers({
    db,
    now,
    source,
    heldEvent: held.find,
    onChange: async () => {
      await refresh();
      await notifyTabs();
    },
  });
  tagging.watch();

  // The page sends what it found; reading it into events happens here, where every
  // language's tables live. The tab gets its events back, classified, for tagging.
  // `store: false` for a read sent again only to be classified again: nothing is stored
  // (a tag set in one tab must not make another tab's account the last viewed, nor
  // bring back data the user just deleted).
  async function onPageRead(read: unknown, sender?: Browser.runtime.MessageSender, store = true) {
    const nothing = { events: [], states: {}, categories: {}, markerCss: '' };
    const snap = source.interpret(read);
    if (!snap) return { ...nothing, status: 'unreadable' as const, account: 0 };
    // What was found and counted, kept for "Show what Polarity read"; never worth failing the read for.
    if (store && snap.status !== 'not-a-view')
      await reads.remember(summariseRead(snap, sender?.tab?.id)).catch(() => undefined);
    if (store) await applySnapshot(snap, sender);
    if (snap.status !== 'ok') return { ...nothing, status: snap.status, account: snap.account };
    const events = snap.events.map(taggableOf);
    const { states, categories, markerCss } = await tagging.classifyEvents({
      account: snap.account,
      events,
    });
    return { status: snap.status, account: snap.account, events, states, categories, markerCss };
  }
  const lastAccount = async () => (await getLastAccount(await db)) ?? 0;
  const tabIdOf = (id: unknown) => (typeof id === 'number' ? id : undefined);

  // Target, week start, working time, nudges: at once on the badge and in the tabs.
  watchSettings({ onChange: changed, onRetention: prune });
  nudges.watch();

  const handlers = guard.handlers({
    snapshot: onPageRead,
    // A read whole or as a change to the tab's last one; a change to a base not held is asked for whole.
    pageRead: async (msg, sender) => {
      const read = bases.resolve(msg, sender);
      if (read === undefined) return { resend: true as const };
      const again = 'ops' in msg && msg.ops.length === 0;
      const { status, account, events, categories, markerCss } = await onPageRead(
        read,
        sender,
        !again,
      );
      if (status === 'ok') held.keep(sender, account, events);
      else held.forget(sender);
      // A tab that marks its chips itself is not sent a stylesheet it would not use.
      return { status, account, categories, markerCss: msg.marks === true ? '' : markerCss };
    },
    getWeekReport: reports.getWeekReport,
    getWeekEvents: reports.getWeekEvents,
    getReadSummary: async ({ tabId }) => {
      const summary = await reads.lookup(tabIdOf(tabId), await lastAccount());
      // The popup shows `reason` as it is: in the browser's language from here.
      if (!summary || (summary.because === undefined && summary.reason === undefined))
        return summary;
      return { ...summary, reason: unreadableText(summary, reader()) };
    },
    // The tab is asked afresh and its read interpreted again: the report shows the page as it is now.
    getPageReport: async ({ tabId }) => {
      const tab = (await reads.lookup(tabIdOf(tabId), await lastAccount()))?.tabId;
      if (tab === undefined) throw new Error('No Google Calendar tab has been read yet.');
      const answer = source.structure(await askStructure(tab));
      const snap = answer && source.interpret(answer.read);
      if (!snap) throw new Error('The Calendar tab answered with an unreadable page.');
      return buildPageReport(answer, snap, version);
    },
    exportData: reports.exportData,
    ...firstRunHandlers({ db, urls: source.urls }),
    ...tagging.handlers,
    ...servesHandlers({ db, now }),
    ...nudges.handlers,
    ...pageStringsHandlers(loadLocale, pageStyles),
    ...backupHandlers({ db, run: queue, prune: pruneNow, onChange: changed }),
  });
  const policy: SenderPolicy = {
    ...(self ?? { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') }),
    isCalendarPage: (url) => source.urls.isOwn(url),
  };
  return {
    handlers,
    receive: receiver(handlers, policy),
    refresh,
    prune,
    applySnapshot,
  };
}
