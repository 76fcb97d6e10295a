import { asMsg } from '@/utils/shared/i18n/check-msg';
import { render, type Reader } from '@/utils/shared/i18n/render';

/**
 * Why the last read failed, in the reader's words (the badge title, the
 * popup: the browser's language). The sentence is checked, since stored data
 * can come back from a backup file; older records, and no reader, keep the English words.
 */
export function unreadableText(
  status: { because?: unknown; reason?: string },
  reader?: Reader,
): string {
  const because = reader && asMsg(status.because);
  return (because && render(because, reader)) || status.reason || "can't read this view";
}
