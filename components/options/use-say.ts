import type { MessageKey, Msg, PluralKey } from '@/utils/shared/i18n/msg';
import { useText, type Text } from '../use-text';

export interface Say extends Text {
  /** A sentence built as data (by a store, a check) in the reader's words. */
  say(m: Msg): string;
}

/** useText, plus the stores' sentences: they are built without a reader and said here. */
export function useSay(): Say {
  const text = useText();
  const say = (m: Msg) =>
    m.count === undefined
      ? text.t(m.key as MessageKey, ...(m.subs ?? []))
      : text.n(m.key as PluralKey, m.count, ...(m.subs ?? []).slice(1));
  return { ...text, say };
}
