import { browser } from '#imports';
import { bestLocale, type Locale } from '@/utils/shared/i18n/locales';
import { fromMessagesJson, type MessageEntry } from '@/utils/shared/i18n/messages-json';
import { pageMessages, type PageStrings, type PageStyles } from '@/utils/shared/i18n/page-strings';
import type { Messages } from '@/utils/shared/i18n/render';
import type { Handlers } from '@/utils/shared/messages';

/** A whole catalogue by locale folder name. */
export type LoadLocale = (locale: Locale) => Promise<Messages>;

/**
 * The built `_locales/<locale>/messages.json`, read back: the one copy of the
 * catalogues the extension ships (browser.i18n only ever answers in the
 * browser's language, and importing them would bundle them a second time).
 */
export const fetchLocale: LoadLocale = async (locale) => {
  const url = (browser.runtime.getURL as (p: string) => string)(
    `/_locales/${locale}/messages.json`,
  );
  const res = await fetch(url);
  if (!res.ok) throw new Error(`No catalogue for ${locale}`);
  return fromMessagesJson((await res.json()) as Record<string, MessageEntry>);
};

/** `getPageStrings`: the page's words in the page's language, each catalogue read once per worker. */
export function pageStringsHandlers(
  load: LoadLocale = fetchLocale,
  styles?: PageStyles,
): Pick<Handlers, 'getPageStrings'> {
  const cache = new Map<Locale, Promise<PageStrings>>();
  return {
    getPageStrings: ({ lang }) => {
      const locale = bestLocale(typeof lang === 'string' ? lang.slice(0, 35) : '');
      let strings = cache.get(locale);
      if (!strings) {
        strings = load(locale).then((all) => ({
          locale,
          messages: pageMessages(all),
          ...(styles && { styles }),
        }));
        // A failed read is tried again by the next page, not remembered.
        strings.catch(() => cache.delete(locale));
        cache.set(locale, strings);
      }
      return strings;
    },
  };
}
