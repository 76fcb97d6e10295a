import { format } from 'date-fns';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { clip, formatMinutes, type ToastNudge } from '@/utils/shared/nudge';

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
