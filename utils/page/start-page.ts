import type { PageContext } from './page-context';
import type { CalendarPageSource } from '@/utils/calendar/source';
import { listenInPage, sendMessage } from '@/utils/shared/messages';
import { pageLanguage } from './page-language';
import { createReadSender } from './read-sender';
import { createLegendMount, localLegendMemory } from './legend-mount';
import { createChipMarkers } from './tag-markers';
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
  ctx: PageContext,
  win: Window & typeof globalThis,
  source: CalendarPageSource,
) {
  // The page's words, asked for once; the control and toasts wait for them.
  const language = pageLanguage(win.document);
  const markers = createChipMarkers(win.document, ctx, source.chipMarks);
  const tagging = startTagging(ctx, win, source, language, markers);
  void startToasts(ctx, win, language);
  const legend = createLegendMount(ctx, win, localLegendMemory(), language);
  const sendRead = createReadSender((msg) => sendMessage('pageRead', msg), {
    marks: !!source.chipMarks,
  });
  const watcher = watchPage({
    ctx,
    window: win,
    attributes: source.watchedAttributes,
    read: () => source.extract(win.document, new URL(win.location.href)),
    // Chips Calendar adds or re-uses take the marks known for them before they are painted.
    onMutations: (records) => markers.changed(records),
    send: (read, change) => {
      void sendRead(read, change)
        .then(async (answer) => {
          if (!answer) return;
          (await tagging).onRead(answer);
          // The first markers on a page bring the legend, once ever.
          if (answer.status === 'ok' && (answer.markerCss || Object.keys(answer.categories).length))
            await legend.markersShown();
        })
        .catch(() => undefined);
    },
  });
  const stop = listenInPage({
    // A privacy-safe page report, built only when the user asks for one in the popup.
    getPageStructure: () => source.structure(win.document, new URL(win.location.href)),
    // Tags or rules changed: the same read goes again (an empty change) and comes back classified anew.
    classificationChanged: () => {
      watcher.sendAgain();
      return { ok: true as const };
    },
  });
  ctx.onInvalidated(stop);
}
