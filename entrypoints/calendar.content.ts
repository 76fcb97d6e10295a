import { defineContentScript } from '#imports';
import { readView } from '@/utils/gcal/read-view';
import { sendMessage } from '@/utils/messages';
import { loadPageLocale } from '@/utils/page/page-locale';
import { startTagging } from '@/utils/page/tagging';
import { startToasts } from '@/utils/page/toast';
import { watchPage } from '@/utils/page/watch-page';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Tables for the page's language come from the background before the first read.
    await loadPageLocale(document, (code) => sendMessage('getLocale', { code }));
    // Tag control in the popover and chip markers; it also classifies each read of the page.
    const tagging = startTagging(ctx, window);
    // Nudges about overrides, sent by the background, shown bottom-left.
    void startToasts(ctx, window);
    watchPage({
      ctx,
      window,
      read: () => readView(document, new URL(location.href)),
      send: (snapshot) => {
        void sendMessage('snapshot', snapshot).catch(() => undefined);
        void tagging.then((t) => t.onSnapshot(snapshot));
      },
    });
  },
});
