import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import type { MessageKey, Msg, PluralKey, Sub } from '@/utils/shared/i18n/msg';
import { render, type Reader } from '@/utils/shared/i18n/render';

const ReaderContext = createContext<Reader | null>(null);

/** The reader of a page's words; tests pass a catalogue, the extension its browser. */
export function TextProvider({
  reader,
  children,
}: {
  reader: Reader;
  children: ComponentChildren;
}) {
  return <ReaderContext.Provider value={reader}>{children}</ReaderContext.Provider>;
}

export interface Text {
  /** The reader's language, for Intl (dates, times, numbers). */
  lang: string;
  t(key: MessageKey, ...subs: Sub[]): string;
  n(key: PluralKey, count: number, ...subs: Sub[]): string;
  /** A sentence that arrived as data (a `Msg`), in the reader's language. */
  say(m: Msg): string;
}

/** Words in the reader's language: `t('popup_settings')`, `n('popup_days', 3)`. */
export function useText(): Text {
  const given = useContext(ReaderContext);
  return useMemo(() => {
    const reader = given ?? browserReader();
    return {
      lang: reader.lang,
      t: (key, ...subs) => render(subs.length ? { key, subs } : { key }, reader),
      n: (key, count, ...subs) => render({ key, count, subs: [count, ...subs] }, reader),
      say: (m) => render(m, reader),
    };
  }, [given]);
}
