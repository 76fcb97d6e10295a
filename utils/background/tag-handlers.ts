import { browser, type Browser } from '#imports';
import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import {
  tagStateOf,
  type SetTagRequest,
  type TagState,
  type TaggableEvent,
} from '@/utils/domain/classify/tag-state';
import type { CalendarSource, PopoverEvent } from '@/utils/calendar/source';
import type { Db } from '@/utils/domain/db/schema';
import { chooseTag } from '@/utils/domain/db/tags';
import type { Classified, Envelope, Handlers } from '@/utils/shared/messages';
import { rulesItem, settingsItem } from '@/utils/domain/settings/settings';
import { CATEGORIES, type Category } from '@/utils/shared/types';

export interface TagHandlerDeps {
  db: Promise<Db>;
  now: () => number;
  /** Tags, rules or keywords changed: recompute the badge and tell the calendar tabs. */
  onChange: () => Promise<void>;
  /** Describes popovers and draws chip markers in the calendar's own terms. */
  source: Pick<CalendarSource, 'describePopover' | 'markerCss'>;
  /** The event of that eid in the sending tab's last read, if the background holds it. */
  heldEvent?: (
    sender: Browser.runtime.MessageSender,
    account: number,
    eid: string,
  ) => TaggableEvent | undefined;
}

const TAG_CATEGORIES: readonly (Category | null)[] = [...CATEGORIES, null];
// One page holds a few hundred chips at most; anything far bigger is not a page.
const MAX_EVENTS = 2000;

const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length < 1024;

export function createTagHandlers({ db, now, onChange, source, heldEvent }: TagHandlerDeps) {
  /** A read's events classified: each eid's state, and the stylesheet for a source without marks. */
  async function classifyEvents(req: {
    account: number;
    events: TaggableEvent[];
  }): Promise<Classified & { categories: Record<string, Category> }> {
    const ctx = await loadClassifyContext(await db, req.account);
    const states: Record<string, TagState> = {};
    const events = req.events.slice(0, MAX_EVENTS);
    const categories: Record<string, Category> = {};
    for (const e of events) {
      // An overnight event is one chip per day with one eid: classify it once.
      if (!isId(e.eid) || e.eid in states) continue;
      states[e.eid] = tagStateOf(e, ctx);
      categories[e.eid] = states[e.eid]!.category;
    }
    return { states, categories, markerCss: source.markerCss(categories) };
  }

  /** The open popover's event, from the tab's last read, else as the popover describes it. */
  async function tagState(
    req: { account: number; eid: string; popover?: PopoverEvent },
    sender: Browser.runtime.MessageSender,
  ): Promise<{ event: TaggableEvent | null; state: TagState | null }> {
    const pop = req.popover?.eid === req.eid && isId(req.eid) ? req.popover : undefined;
    const event =
      heldEvent?.(sender, req.account, req.eid) ?? (pop ? source.describePopover(pop) : null);
    if (!event) return { event: null, state: null };
    return { event, state: tagStateOf(event, await loadClassifyContext(await db, req.account)) };
  }

  /**
   * A series choice also drops this instance's own tag: "all events in the
   * series" includes the one the user is looking at.
   */
  async function onSetTag(req: SetTagRequest): Promise<{ ok: true }> {
    const { account, scope, event, category } = req;
    // Checked at the wire already (message-schemas.ts); kept for direct callers.
    if (!Number.isInteger(account) || !TAG_CATEGORIES.includes(category))
      throw new Error('bad tag');
    if (scope !== 'event' && scope !== 'series') throw new Error('bad tag');
    if (!isId(event.id) || !isId(event.seriesId)) throw new Error('bad tag');
    await chooseTag(await db, {
      account,
      scope,
      eventId: event.id,
      id: scope === 'series' ? event.seriesId : event.id,
      category,
      title: String(event.title).slice(0, 500),
      at: now(),
    });
    await onChange();
    return { ok: true };
  }

  /** Rules and the keyword list are edited on the options page, straight into storage. */
  function watch(): () => void {
    const stopRules = rulesItem.watch(() => void onChange());
    const stopSettings = settingsItem.watch((next, prev) => {
      if (JSON.stringify(next?.innovationKeywords) !== JSON.stringify(prev?.innovationKeywords)) {
        void onChange();
      }
    });
    return () => {
      stopRules();
      stopSettings();
    };
  }

  const handlers: Pick<Handlers, 'tagState' | 'setTag'> = { tagState, setTag: onSetTag };
  return { handlers, classifyEvents, watch };
}

/**
 * Tells open Google Calendar tabs to classify their chips again. Querying by
 * a URL the host permission covers needs no "tabs" permission.
 */
export async function notifyCalendarTabs(tabPattern: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: tabPattern });
  const message: Envelope<'classificationChanged'> = { type: 'classificationChanged', data: {} };
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
