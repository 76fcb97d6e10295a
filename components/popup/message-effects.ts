import { browser } from '#imports';
import { downloadFile } from '@/components/download-file';
import { sendMessage } from '@/utils/shared/messages';
import { checkSections, sectionsItem } from './sections-item';
import type { PopupEffects } from './store';

/** The tab the popup was opened over; the background falls back to the account's last read. */
async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The real popup: data from the background, files through a download link, tabs through the browser. */
export const messageEffects: PopupEffects = {
  weekReport: (offset) => sendMessage('getWeekReport', { offset }),
  exportData: () => sendMessage('exportData', {}),
  save: (name, parts, type) => downloadFile(name, parts, type),
  openTab: (url) => void browser.tabs.create({ url }),
  readSummary: async () => sendMessage('getReadSummary', { tabId: await activeTabId() }),
  pageReport: async () => sendMessage('getPageReport', { tabId: await activeTabId() }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  openReview: (offset) =>
    void browser.tabs.create({ url: browser.runtime.getURL(`/review.html#week=${offset}`) }),
  sections: async () => checkSections(await sectionsItem.getValue()),
  saveSections: (state) => sectionsItem.setValue({ ...state }),
};
