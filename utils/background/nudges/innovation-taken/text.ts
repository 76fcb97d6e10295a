import type { OverrideRecord } from '@/utils/domain/db/schema';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { clip, type NudgeText, type ToastNudge } from '@/utils/shared/nudge';

function cause(o: OverrideRecord): Msg {
  switch (o.cause) {
    case 'overlap':
      return o.by?.title
        ? msg('nudge_cause_overlap', clip(o.by.title, 60))
        : msg('nudge_cause_overlap_unnamed');
    case 'deleted':
      return msg('nudge_cause_deleted');
    case 'shortened':
      return msg('nudge_cause_shortened');
    case 'moved-out':
      return msg('nudge_cause_moved_out');
  }
}

/**
 * Notification and toast words: the block, the cause, the minutes lost, when
 * (a date range, written by Intl in the reader's language). The when is on its
 * own line: notifications and the toast (pre-line) both keep the break.
 */
export function overrideText(o: OverrideRecord): NudgeText {
  return {
    title: msg('nudge_taken_title', clip(o.block.title)),
    message: msg(
      'nudge_taken_message',
      cause(o),
      { minutes: o.minutesLost },
      { range: [o.block.start, o.block.end] },
    ),
  };
}

export const OVERRIDE_ACTIONS: Msg[] = [msg('nudge_rebook'), msg('nudge_open')];

export function overrideToast(o: OverrideRecord): ToastNudge {
  const [rebookLabel, openLabel] = OVERRIDE_ACTIONS as [Msg, Msg];
  return { key: o.key, ...overrideText(o), rebookLabel, openLabel };
}
