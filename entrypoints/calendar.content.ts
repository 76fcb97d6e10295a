import { defineContentScript } from '#imports';
import { extractView } from '@/utils/gcal/extract-view';
import { pageStructure } from '@/utils/gcal/page-structure';
import { listenInPage, sendMessage } from '@/utils/messages';
import { startTagging } from '@/utils/page/tagging';
import { startToasts } from '@/utils/page/toast';
import { watchPage } from '@/utils/page/watch-page';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Tag control in the popover and chip markers for the events the background read.
    const tagging = startTagging(ctx, window);
    // Nudges about overrides, sent by the background, shown bottom-left.
    void startToasts(ctx, window);
    // A privacy-safe page report, built only when the user asks for one in the popup.
    const stop = listenInPage({
      getPageStructure: () => {
        const url = new URL(location.href);
        return pageStructure(document, url, extractView(document, url));
      },
    });
    ctx.onInvalidated(stop);
    // The page as found goes to the background, which reads it into events.
    watchPage({
      ctx,
      window,
      read: () => extractView(document, new URL(location.href)),
      send: (read) =>
        void sendMessage('snapshot', read)
          .then(async (answer) => (await tagging).onRead(answer))
          .catch(() => undefined),
    });
  },
});
