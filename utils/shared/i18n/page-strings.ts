import { ENGLISH_PAGE, englishPage } from './english-page';
import type { Locale } from './locales';
import { catalogueReader, type Messages, type Reader } from './render';

// The calendar page speaks the page's language, not the browser's, and the
// content script can't carry eleven catalogues under its 30 KB budget. It
// carries English (below) and asks the background once per page load for
// the page's language (`getPageStrings`); the background reads them from
// the built `_locales/<locale>/messages.json` (../background/page-strings.ts),
// so no catalogue is bundled twice.

/** Who reads a message in the page: the control, the toasts, reasons, nudges, units. */
const PAGE_PREFIXES = ['page_', 'reason_', 'rule_why_', 'nudge_', 'unit_'] as const;
export const isPageKey = (name: string): boolean => PAGE_PREFIXES.some((p) => name.startsWith(p));

/** The page's part of a catalogue. */
export function pageMessages(all: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(all)) if (isPageKey(name)) out[name] = text;
  return out;
}

export interface PageStrings {
  /** The catalogue chosen for the page's language. */
  locale: Locale;
  messages: Messages;
}

/**
 * A reader of the page's strings: English fills any gap (a message newer
 * than the built catalogue), numbers and dates follow the page's own tag
 * when it is the catalogue's language (`de-AT` keeps its conventions).
 */
export function pageReader(strings: PageStrings, pageLang: string): Reader {
  const tag = strings.locale.replace('_', '-');
  const primary = (s: string) => s.toLowerCase().split(/[-_]/)[0];
  const lang = pageLang && primary(pageLang) === primary(tag) ? pageLang : tag;
  const merged = { ...ENGLISH_PAGE, ...strings.messages };
  return catalogueReader(merged, lang);
}

/** The language the tag control and toasts speak: the Calendar page's, and its direction. */
export interface PageLanguage {
  reader: Reader;
  dir: 'ltr' | 'rtl';
}

export const ENGLISH_LANGUAGE: PageLanguage = { reader: englishPage, dir: 'ltr' };
