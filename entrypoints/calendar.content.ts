import { defineContentScript } from '#imports';
import { googlePageSource } from '@/utils/gcal/page-source';
import { startPage } from '@/utils/page/start-page';

export default defineContentScript({
  matches: googlePageSource.matches,
  runAt: 'document_idle',
  main(ctx) {
    startPage(ctx, window, googlePageSource);
  },
});
