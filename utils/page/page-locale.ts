import { hasLocale, registerLocale, resolveLang } from '../gcal/locales/index';
import type { LocaleSpec } from '../gcal/locales/types';

export type AskLocale = (code: string) => Promise<{ spec: LocaleSpec | null }>;

/**
 * Before the first read: fetch the page language's tables from the background
 * unless they ship in the content script. On failure the reader stays strict
 * and says it can't read the view rather than guess.
 */
export async function loadPageLocale(doc: Document, ask: AskLocale): Promise<void> {
  const code = resolveLang(doc.documentElement.lang || '');
  if (!code || hasLocale(code)) return;
  const answer = await ask(code).catch(() => ({ spec: null }));
  if (answer.spec) registerLocale(code, answer.spec);
}
