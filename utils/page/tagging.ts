import type { PageContext } from './page-context';
import type { TagState, TaggableEvent } from '@/utils/domain/classify/tag-state';
import type { TagScope } from '@/utils/domain/db/tags';
import type { CalendarPageSource, OpenPopover } from '@/utils/calendar/source';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { sendMessage, type PageAnswer } from '@/utils/shared/messages';
import type { Category } from '@/utils/shared/types';
import type { ChipMarkers } from './tag-markers';
import { createTagMount } from './tag-mount';
import { createServesLink } from './tag-serves';
import { watchPopover } from './tag-popover';

interface Open {
  pop: OpenPopover;
  /** The popover's event and its tag state, as the background told them; null until then. */
  event: TaggableEvent | null;
  state: TagState | null;
  /** Set once the user picks; until then it follows where the tag came from. */
  scope?: TagScope;
}

/**
 * The content-script side of tagging: chip markers from the categories the
 * background gives each read, and the tag control in the open popover, whose
 * event and state the background holds and sends when the popover opens.
 * Everything it starts ends with `ctx`.
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
  let open: Open | null = null;
  let busy = false;
  let error: Msg | undefined;
  let asked = 0;

  const render = () => {
    if (!open || !ctx.isValid) {
      servesLink.update(null);
      return mount.hide();
    }
    const { event, state } = open;
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

  /** Asks the background for the open popover's event and state; only the latest answer is used. */
  async function describe() {
    const pop = open?.pop;
    if (!pop) return;
    const ask = ++asked;
    const popover = {
      eid: pop.eid,
      title: pop.title,
      ...(pop.calendarName !== undefined && { calendarName: pop.calendarName }),
      ...(pop.calendarId !== undefined && { calendarId: pop.calendarId }),
    };
    try {
      const res = await sendMessage('tagState', { account, eid: pop.eid, popover });
      if (ask !== asked || !ctx.isValid || open?.pop.eid !== pop.eid) return;
      open.event = res.event;
      open.state = res.state;
      render();
    } catch {
      // The extension was reloaded or its worker is waking: the next read asks again.
    }
  }

  async function choose(category: Category | null) {
    const event = open?.event;
    if (!open || !event || busy) return;
    const state = open.state;
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
    await describe();
    render();
  }

  const onPopover = (pop: OpenPopover | null) => {
    if (!pop) {
      open = null;
      return render();
    }
    if (open?.pop.eid !== pop.eid) {
      // The dialog is reused for the next chip: start over for this event.
      open = { pop, event: null, state: null };
      error = undefined;
      void describe();
    } else open.pop = pop;
    render();
  };

  watchPopover(ctx, win, onPopover, source);

  return {
    /** Every read of the page, as the background classified it: mark the chips, refresh the popover. */
    onRead(read: PageAnswer) {
      if (read.status !== 'ok' || !ctx.isValid) return;
      account = read.account;
      servesLink.reload();
      markers.apply(read);
      // The open event may have changed with the page (a title edited, a tag set elsewhere).
      if (open) void describe();
    },
  };
}
