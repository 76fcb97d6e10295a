import { msg } from '@/utils/shared/i18n/msg';
import type { NudgeText, ToastNudge } from '@/utils/shared/nudge';
import type { NextWeekState } from './next-week-state';

/** The late-week nudge; undefined when next week already holds innovation time. */
export function nextWeekText(state: NextWeekState): NudgeText | undefined {
  if (state.kind === 'booked') return undefined;
  if (state.kind === 'unseen') {
    return { title: msg('nudge_next_unseen_title'), message: msg('nudge_next_unseen_message') };
  }
  return {
    title: msg('nudge_next_empty_title'),
    message: msg('nudge_next_empty_message', state.daysSeen),
  };
}

export function nextWeekToast(key: string, state: NextWeekState): ToastNudge | undefined {
  const text = nextWeekText(state);
  return (
    text && {
      key,
      ...text,
      rebookLabel: msg('nudge_book_time'),
      openLabel: msg('nudge_open_next_week'),
    }
  );
}
