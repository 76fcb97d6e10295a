import { browser } from '#imports';
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
}

const TAG_CATEGORIES: readonly (Category | null)[] = [...CATEGORIES, null];
// One page holds a few hundred chips at most; anything far bigger is not a page.
const MAX_EVENTS = 2000;

const isId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length < 1024;

export function createTagHandlers({ db, now, onChange, source }: TagHandlerDeps) {
  async function classifyEvents(req: {
    account: number;
    events: TaggableEvent[];
    popover?: PopoverEvent;
  }): Promise<Classified & { popover?: TaggableEvent }> {
    const ctx = await loadClassifyContext(await db, req.account);
    const states: Record<string, TagState> = {};
    const popover =
      req.popover && isId(req.popover.eid) ? source.describePopover(req.popover) : null;
    const events = req.events.slice(0, MAX_EVENTS);
    if (popover) events.push(popover);
    const categories: Record<string, Category> = {};
    for (const e of events) {
      // An overnight event is one chip per day with one eid: classify it once.
      if (!isId(e.eid) || e.eid in states) continue;
      states[e.eid] = tagStateOf(e, ctx);
      categories[e.eid] = states[e.eid]!.category;
    }
    return { states, markerCss: source.markerCss(categories), ...(popover && { popover }) };
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

  const handlers: Pick<Handlers, 'classifyEvents' | 'setTag'> = {
    classifyEvents,
    setTag: onSetTag,
  };
  return { handlers, watch };
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
