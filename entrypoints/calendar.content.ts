import { defineContentScript } from '#imports';
import { readView } from '@/utils/gcal/read-view';
import { sendMessage } from '@/utils/messages';
import { watchPage } from '@/utils/page/watch-page';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchPage({
      ctx,
      window,
      read: () => readView(document, new URL(location.href)),
      send: (snapshot) => void sendMessage('snapshot', snapshot).catch(() => undefined),
    });
  },
});
