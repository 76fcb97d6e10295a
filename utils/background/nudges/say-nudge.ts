import type { NudgeText, ToastNudge } from '@/utils/shared/nudge';
import type { NudgeChannels } from './channels';

/**
 * One nudge said both ways: a notification with its two actions (a browser
 * that refuses it never stops the toast) and a toast in the account's
 * calendar tabs. `text` when the notification words differ from the toast's.
 */
export async function sayNudge(
  channels: NudgeChannels,
  notificationId: (key: string) => string,
  nudge: ToastNudge,
  account: number,
  text: NudgeText = { title: nudge.title, message: nudge.message },
): Promise<void> {
  await channels
    .notify(notificationId(nudge.key), text, [nudge.rebookLabel, nudge.openLabel])
    .catch(() => undefined);
  await channels.toast([nudge], { account });
}
