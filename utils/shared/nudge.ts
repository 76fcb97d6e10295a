import { format } from 'date-fns';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { NextWeekState } from '@/utils/background/nudges/next-week-empty/next-week-state';

/** A nudge as the page's toast shows it: plain strings only, rendered as text. */
export interface ToastNudge {
  key: string;
  title: string;
  message: string;
  /** Label of the Rebook-style action ("Rebook", "Book time"). */
  rebookLabel: string;
  /** Label of the open action ("Open in Calendar", "Open next week"). */
  openLabel: string;
}

export type NudgeAction = 'rebook' | 'open' | 'dismiss';

// Titles come from anyone who can send an invitation: cut long ones, keep them text.
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `45 min`, `2 h`, `1 h 30 min`, the way the popup writes block lengths. */
export function formatMinutes(min: number): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** `Tue 24 Nov, 10:00–12:00` */
const slot = (start: number, end: number) =>
  `${format(start, 'EEE d MMM, HH:mm')}–${format(end, 'HH:mm')}`;

function cause(o: OverrideRecord): string {
  switch (o.cause) {
    case 'overlap':
      return `“${clip(o.by?.title ?? 'An event', 60)}” overlaps it`;
    case 'deleted':
      return 'It was deleted';
    case 'shortened':
      return 'It was shortened';
    case 'moved-out':
      return 'It was moved out of the week';
  }
}

/** Notification and toast words: the block, the cause, the minutes lost, when. */
export function overrideText(o: OverrideRecord): { title: string; message: string } {
  return {
    title: `Innovation time taken: ${clip(o.block.title)}`,
    // The when on its own line: notifications and the toast (pre-line) both keep the break.
    message: `${cause(o)}: ${formatMinutes(o.minutesLost)} lost.\n${slot(o.block.start, o.block.end)}`,
  };
}

export function overrideToast(o: OverrideRecord): ToastNudge {
  return { key: o.key, ...overrideText(o), rebookLabel: 'Rebook', openLabel: 'Open in Calendar' };
}

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
