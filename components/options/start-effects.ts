import { browser } from '#imports';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { POPUP_COMMAND_NAME } from '@/utils/shared/shortcut';
import type { StartEffects } from './GettingStarted';

export const startEffects: StartEffects = {
  openWelcome: () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }),
  async popupShortcut() {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === POPUP_COMMAND_NAME)?.shortcut ?? '';
  },
  reader: browserReader,
};
