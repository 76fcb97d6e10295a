import type { PageContext } from './page-context';
import type { TagState, TaggableEvent } from '@/utils/domain/classify/tag-state';
import type { TagScope } from '@/utils/domain/db/tags';
import type { CalendarPageSource, OpenPopover } from '@/utils/calendar/source';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { listenInPage, sendMessage, type Classified, type Response } from '@/utils/shared/messages';
import type { Category } from '@/utils/shared/types';
import type { ChipMarkers } from './tag-markers';
import { createTagMount } from './tag-mount';
import { createServesLink } from './tag-serves';
import { watchPopover } from './tag-popover';

interface Open {
  pop: OpenPopover;
  event: TaggableEvent | null;
  /** Set once the user picks; until then it follows where the tag came from. */
  scope?: TagScope;
}

/**
 * The content-script side of tagging: chip markers from the background's
 * classification of the page's events, and the tag control in the open
 * popover. Everything it starts ends with `ctx`.
 */
export async function startTagging(
  ctx: PageContext,
  win: Window & typeof globalThis,
  source: CalendarPageSource,
  language: Promise<PageLanguage>,
  markers: ChipMarkers,
) {
  const lang = await language;
  const mount = createTagMount(ctx, win, lang);
  const servesLink = createServesLink(mount.serves, lang.reader);
  let account = source.accountOf(new URL(win.location.href));
  let events = new Map<string, TaggableEvent>();
  let states: Record<string, TagState> = {};
  let open: Open | null = null;
  let busy = false;
  let error: Msg | undefined;
  let asked = 0;

  const render = () => {
    if (!open || !ctx.isValid) {
      servesLink.update(null);
      return mount.hide();
    }
    const { event } = open;
    const state = event ? states[event.eid] : undefined;
    const scope = open.scope ?? (state?.source === 'series-tag' ? 'series' : 'event');
    mount.show(open.pop.dialog, {
      ...(state && { state }),
      recurring: !!event && event.seriesId !== event.id,
      countable: !event || event.kind === 'timed',
      scope,
      busy,
      ...(error !== undefined && { error }),
      onScope: (scope) => {
        if (open) open.scope = scope;
        render();
      },
      onChoose: (category) => void choose(category),
    });
    const innovation = !!event && state?.category === 'innovation' && event.kind === 'timed';
    servesLink.update(innovation && !busy ? { account, event, scope } : null);
  };

  /** A classification from the background: states, chip markers, the popover's event. */
  const apply = (res: Classified & { popover?: TaggableEvent }) => {
    states = res.states;
    if (res.popover && open && !open.event && open.pop.eid === res.popover.eid)
      open.event = res.popover;
    markers.apply(res);
    render();
  };

  /**
   * Asks the background for every known event's state and the chip markers;
   * only the latest answer is used. A popover event the last read did not
   * include is described from the popover, by the background.
   */
  async function classifyAll() {
    const list = new Map(events);
    if (open?.event) list.set(open.event.eid, open.event);
    const pop = open && !open.event ? open.pop : undefined;
    const popover = pop && {
      eid: pop.eid,
      title: pop.title,
      ...(pop.calendarName !== undefined && { calendarName: pop.calendarName }),
      ...(pop.calendarId !== undefined && { calendarId: pop.calendarId }),
    };
    if (list.size === 0 && !popover) return;
    const ask = ++asked;
    try {
      const res = await sendMessage('classifyEvents', {
        account,
        events: [...list.values()],
        ...(popover && { popover }),
      });
      if (ask === asked && ctx.isValid) apply(res);
    } catch {
      // The extension was reloaded or its worker is waking: the next change asks again.
    }
  }

  async function choose(category: Category | null) {
    const event = open?.event;
    if (!open || !event || busy) return;
    const state = states[event.eid];
    const scope = open.scope ?? (state?.source === 'series-tag' ? 'series' : 'event');
    busy = true;
    error = undefined;
    render();
    try {
      await sendMessage('setTag', { account, scope, event, category });
    } catch {
      error = msg('page_tag_error');
    }
    busy = false;
    await classifyAll();
    render();
  }

  const onPopover = (pop: OpenPopover | null) => {
    if (!pop) {
      open = null;
      return render();
    }
    if (open?.pop.eid !== pop.eid) {
      // The dialog is reused for the next chip: start over for this event.
      const event = events.get(pop.eid) ?? null;
      open = { pop, event };
      error = undefined;
      if (!event || !states[event.eid]) void classifyAll();
    } else open.pop = pop;
    render();
  };

  watchPopover(ctx, win, onPopover, source);
  const unlisten = listenInPage({
    classificationChanged: async () => {
      await classifyAll();
      return { ok: true };
    },
  });
  ctx.onInvalidated(unlisten);

  return {
    /** Every read of the page, as the background read it: remember its events, mark their chips. */
    onRead(read: Response<'snapshot'>) {
      if (read.status !== 'ok' || !ctx.isValid) return;
      asked++; // this answer is newer than any classification still on its way
      account = read.account;
      events = new Map(read.events.map((e) => [e.eid, e]));
      if (open) open.event = events.get(open.pop.eid) ?? open.event;
      servesLink.reload();
      apply(read);
      // An open popover's event that is not on the page (from "N more") is asked for on its own.
      if (open && (!open.event || !read.states[open.event.eid])) void classifyAll();
    },
  };
}
