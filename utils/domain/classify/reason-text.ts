import type { Msg } from '@/utils/shared/i18n/msg';
import { render, type Reader } from '@/utils/shared/i18n/render';

/**
 * A classification's reason in the reader's words: the tag control passes
 * the page's reader, the popup and exports the browser's (`browserReader()`).
 * Data from before reasons were sentences (`because` missing) keeps its English.
 */
export function reasonText(c: { because?: Msg; reason: string }, reader: Reader): string {
  return (c.because && render(c.because, reader)) || c.reason;
}
