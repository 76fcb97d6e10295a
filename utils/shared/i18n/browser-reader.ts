import { browser } from '#imports';
import type { Reader } from './render';

// Asked with "$1"…"$9" as its substitutions, getMessage hands the message back
// with its positions intact, so one renderer fills messages from the browser
// and from a catalogue the same way.
const POSITIONS = Array.from({ length: 9 }, (_, i) => `$${i + 1}`);

/** Messages in the browser's UI language (popup, options, notifications, badge). */
export function browserReader(): Reader {
  // WXT types message names from public/_locales; ours are written at build time.
  const get = browser.i18n.getMessage as (name: string, subs: string[]) => string;
  return {
    lang: browser.i18n.getUILanguage(),
    lookup: (name) => get(name, POSITIONS) || undefined,
  };
}
