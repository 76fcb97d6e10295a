import { browser } from '#imports';
import { sendMessage } from '@/utils/shared/messages';
import type { WelcomeEffects } from './App';

export const welcomeEffects: WelcomeEffects = {
  calendarUrl: async () => (await sendMessage('getCalendarUrl', {})).url,
  openOptions: () => void browser.runtime.openOptionsPage(),
};
