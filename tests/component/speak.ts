import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { fill } from '@/utils/shared/i18n/render';

/** Make the fake browser answer as one set to `locale` would, from the catalogue the build ships. */
export function speak(locale: string, uiLanguage = locale.replace('_', '-')) {
  const messages = CATALOGUES[locale]!;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
    const message = messages[name];
    if (message === undefined) return '';
    return fill(message, typeof subs === 'string' ? [subs] : (subs ?? []));
  }) as typeof fakeBrowser.i18n.getMessage;
}

/** Everything a person reads or hears on the page: its text, and its names and titles. */
export function pageWords(root: HTMLElement = document.body): string {
  const attrs = [...root.querySelectorAll('[aria-label],[title],[alt]')].flatMap((el) =>
    ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [root.textContent ?? '', ...attrs].join('\n').replace(/\s/g, ' ');
}

/**
 * The English words of the catalogue's `prefixes` messages that a page in
 * `locale` must not show: each message's fixed parts (between `$1`…), where
 * that language words them differently.
 */
export function englishFragments(locale: string, prefixes: readonly string[]): string[] {
  const en = CATALOGUES.en!;
  const other = Object.values(CATALOGUES[locale]!).join('\n');
  return Object.entries(en)
    .filter(([k]) => prefixes.some((p) => k.startsWith(p)))
    .flatMap(([, v]) => v.split(/\$\d/))
    .map((s) => s.trim().replace(/^[\s,.:;()·]+|[\s,.:;()·]+$/g, ''))
    .filter((s) => s.length >= 6 && !other.includes(s));
}
