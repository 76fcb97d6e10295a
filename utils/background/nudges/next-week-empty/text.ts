import type { ToastNudge } from '@/utils/shared/nudge';
import type { NextWeekState } from './next-week-state';

/** The late-week nudge; undefined when next week already holds innovation time. */
export function nextWeekText(state: NextWeekState): { title: string; message: string } | undefined {
  if (state.kind === 'booked') return undefined;
  if (state.kind === 'unseen') {
    return {
      title: 'Next week: is innovation time booked?',
      message:
        "Polarity hasn't seen next week yet, so it can't tell. Open it in Google Calendar and book innovation time before the week fills up.",
    };
  }
  return {
    title: 'No innovation time booked next week',
    message: `None in the ${state.daysSeen} of 7 days seen. Book a block before someone else takes the time.`,
  };
}

export function nextWeekToast(key: string, state: NextWeekState): ToastNudge | undefined {
  const text = nextWeekText(state);
  return text && { key, ...text, rebookLabel: 'Book time', openLabel: 'Open next week' };
}
