import { browser } from '#imports';
import { RESET_CONFIRMATION } from '@/utils/domain/backup/reset-data';
import { downloadFile } from '@/components/download-file';
import { sendMessage } from '@/utils/shared/messages';
import type { DataEffects } from './data-store';

/** The real effects: the background does the writing; files go through a download link. */
export const dataEffects: DataEffects = {
  exportData: () => sendMessage('exportData', {}),
  save: (name, text) => downloadFile(name, [text], 'application/json'),
  restore: (backup) => sendMessage('restoreBackup', { backup }),
  reset: () => sendMessage('resetData', { confirm: RESET_CONFIRMATION }),
  now: () => Date.now(),
  // Asked when a date is written: the browser's language can change while the page is open.
  get lang() {
    return browser.i18n.getUILanguage();
  },
};
