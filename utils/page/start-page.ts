import type { ContentScriptContext } from '#imports';
import type { CalendarPageSource } from '@/utils/calendar/source';
import { listenInPage, sendMessage } from '@/utils/shared/messages';
import { createLegendMount, localLegendMemory } from './legend-mount';
import { startTagging } from './tagging';
import { startToasts } from './toast';
import { watchPage } from './watch-page';

/**
 * Everything Polarity does inside a calendar tab, for any calendar source:
 * the page as found goes to the background, which reads it into events; the
 * answer marks the chips and feeds the popover's tag control; nudges come
 * back as toasts. Everything started here ends with `ctx`.
 */
export function startPage(
  ctx: ContentScriptContext,
  win: Window & typeof globalThis,
  source: CalendarPageSource,
) {
  const tagging = startTagging(ctx, win, source);
  void startToasts(ctx, win);
  const legend = createLegendMount(ctx, win, localLegendMemory());
  // A privacy-safe page report, built only when the user asks for one in the popup.
  const stop = listenInPage({
    getPageStructure: () => source.structure(win.document, new URL(win.location.href)),
  });
  ctx.onInvalidated(stop);
  watchPage({
    ctx,
    window: win,
    attributes: source.watchedAttributes,
    read: () => source.extract(win.document, new URL(win.location.href)),
    send: (read) =>
      void sendMessage('snapshot', read)
        .then(async (answer) => {
          (await tagging).onRead(answer);
          // The first markers on a page bring the legend, once ever.
          if (answer.status === 'ok' && answer.markerCss) await legend.markersShown();
        })
        .catch(() => undefined),
  });
}
