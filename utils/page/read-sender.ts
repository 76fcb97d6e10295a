import type { DeltaOp } from '@/utils/shared/json-delta';
import type { MessageMap, PageAnswer, PageReadMessage } from '@/utils/shared/messages';

type Answer = MessageMap['pageRead']['res'];

/**
 * Sends each changed read as the change from the one sent before it; the
 * first read, and any the background cannot apply (it lost the base, e.g. its
 * worker restarted), go whole. Resolves to the background's answer, or
 * undefined when a newer read made this one moot.
 */
export function createReadSender(
  post: (msg: PageReadMessage) => Promise<Answer>,
  { marks = false } = {},
) {
  const extra = marks ? { marks: true as const } : {};
  let seq = 0;
  let sent: number | undefined;
  return async (read: unknown, ops?: DeltaOp[]): Promise<PageAnswer | undefined> => {
    const mine = ++seq;
    const base = sent;
    sent = mine;
    const answer = await post(
      base === undefined || !ops
        ? { seq: mine, read, ...extra }
        : { seq: mine, base, ops, ...extra },
    );
    if (!('resend' in answer)) return answer;
    // A newer read is on its way and will be asked for whole itself.
    if (mine !== seq) return undefined;
    const whole = await post({ seq: mine, read, ...extra });
    return 'resend' in whole ? undefined : whole;
  };
}
