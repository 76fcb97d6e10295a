import { browser } from '#imports';
import { downloadFile } from '@/components/download-file';
import { sendMessage } from '@/utils/shared/messages';
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
};
