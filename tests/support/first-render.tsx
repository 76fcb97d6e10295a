import { googleUrls } from '@/utils/gcal/urls';
import { render } from 'preact';
import { App } from '@/components/popup/App';
import { createPopupStore } from '@/components/popup/store';
import { reportHandlers } from '@/utils/background/report-handlers';
import type { Db } from '@/utils/domain/db/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';

export interface FirstRenderOptions {
  db: Db;
  container: Element;
  now: number;
  settings?: Settings;
}

/**
 * "First render with three years of history" (issue 6: under 100 ms): from
 * opening the popup to the week on screen, through the real report handler
 * and the real App. Seed the database first with `seedHistory`. Resolves to
 * the milliseconds taken; needs a DOM and an IndexedDB.
 */
export function firstRender({
  db,
  container,
  now,
  settings = DEFAULT_SETTINGS,
}: FirstRenderOptions): Promise<number> {
  const t0 = performance.now();
  const handlers = reportHandlers({
    db: Promise.resolve(db),
    now: () => now,
    urls: googleUrls,
    settings: async () => settings,
  });
  const store = createPopupStore({
    weekReport: async (offset) => handlers.getWeekReport({ offset }, {}),
    exportData: async () => handlers.exportData({}, {}),
    save: () => {},
    openTab: () => {},
    readSummary: async () => null,
    pageReport: () => Promise.reject(new Error('no page in the benchmark')),
    openOptions: () => {},
    openReview: () => {},
    sections: async () => ({}),
    saveSections: async () => {},
  });
  return new Promise((resolve, reject) => {
    const done = () => {
      if (!container.querySelector('main[aria-busy="false"]')) return false;
      observer.disconnect();
      resolve(performance.now() - t0);
      return true;
    };
    const observer = new MutationObserver(done);
    observer.observe(container, { subtree: true, childList: true, attributes: true });
    store.subscribe(() => {
      if (store.get().status === 'error') {
        observer.disconnect();
        reject(new Error(store.get().error));
      }
    });
    render(<App store={store} />, container);
  });
}
