import { enControl } from './messages/en-control';
import type { Locale } from './locales';
import { catalogueReader, type Messages, type Reader } from './render';

// The calendar page speaks the page's language, not the browser's, and the
// content script can't carry the catalogues under its 30 KB budget. It asks
// the background once per page load for the page's strings in the page's
// language (`getPageStrings`, English included); the background reads them
// from the built `_locales/<locale>/messages.json` (../background/page-strings.ts),
// so no catalogue is bundled twice. The script carries only the control's
// labels in English (./messages/en-control.ts), for when no answer comes.

/** Who reads a message in the page: the control, the toasts, the legend, reasons, nudges, units. */
const PAGE_PREFIXES = ['page_', 'reason_', 'rule_why_', 'nudge_', 'unit_'] as const;
/** The tag control's "Serves…" choice, named with the popup's words for it (messages/plan/). */
const PAGE_NAMES = new Set(['serves_label', 'serves_none']);
export const isPageKey = (name: string): boolean =>
  PAGE_NAMES.has(name) || PAGE_PREFIXES.some((p) => name.startsWith(p));

/** The page's part of a catalogue. */
export function pageMessages(all: Messages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(all)) if (isPageKey(name)) out[name] = text;
  return out;
}

/**
 * The stylesheets of the page's three shadow roots. They come with the
 * strings, from the background, for the same reason: about 7 KB of CSS the
 * content script need not carry into every Calendar tab (issue 13's budget).
 */
export interface PageStyles {
  control: string;
  toast: string;
  legend: string;
}

export interface PageStrings {
  /** The catalogue chosen for the page's language. */
  locale: Locale;
  messages: Messages;
  styles?: PageStyles;
}

/** The language the tag control and toasts speak: the Calendar page's, and its direction. */
export interface PageLanguage {
  reader: Reader;
  dir: 'ltr' | 'rtl';
  /** Absent when the background never answered: the UI then draws unstyled, still usable. */
  styles?: PageStyles;
}

/**
 * A reader of the page's strings: the English labels fill any gap (a
 * message newer than the built catalogue), numbers and dates follow the
 * page's own tag when it is the catalogue's language (`de-AT` keeps its conventions).
 */
export function pageReader(strings: PageStrings, pageLang: string): Reader {
  const tag = strings.locale.replace('_', '-');
  const primary = (s: string) => s.toLowerCase().split(/[-_]/)[0];
  const lang = pageLang && primary(pageLang) === primary(tag) ? pageLang : tag;
  return catalogueReader({ ...enControl, ...strings.messages }, lang);
}
