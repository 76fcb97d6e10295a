import { browser } from '#imports';
import { getRules } from '@/utils/domain/rules/get-rules';
import { rulesItem } from '@/utils/domain/settings/settings';
import { sendMessage } from '@/utils/shared/messages';
import type { ReviewEffects } from './store';

/** The real review page: events and tags through the background, rules straight into sync storage like Options. */
export const reviewEffects: ReviewEffects = {
  weekEvents: (offset) => sendMessage('getWeekEvents', { offset }),
  setTag: (req) => sendMessage('setTag', req),
  servesChoices: (req) => sendMessage('getServesChoices', req),
  setServes: (req) => sendMessage('setServes', req),
  rules: () => getRules(),
  saveRules: (rules) => rulesItem.setValue(rules),
  openOptions: () => void browser.runtime.openOptionsPage(),
  newId: () => crypto.randomUUID(),
};

/** `#week=-1` from the popup: the week it showed. */
export function offsetFromHash(hash: string): number {
  const m = /^#week=(-?\d{1,3})$/.exec(hash);
  return m ? Number(m[1]) : 0;
}
