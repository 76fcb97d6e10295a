import { dirOf } from '@/utils/shared/i18n/locales';
import { pageReader, type PageLanguage } from '@/utils/shared/i18n/page-strings';
import { sendMessage } from '@/utils/shared/messages';

/** Only string messages: the answer is written into the page as text. */
function stringsOnly(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, m] of Object.entries(v)) if (typeof m === 'string') out[k] = m.slice(0, 1000);
  return out;
}

/**
 * The language the tag control and toasts speak: the Calendar page's
 * (`<html lang>`), which sits around them, even when the browser's differs.
 * Asked of the background once per page load, and awaited before anything is
 * drawn, so the page never shows one language's names and then another's.
 * If no answer comes: the control's English labels (reasons then show the
 * English words sent with each state).
 */
export async function pageLanguage(doc: Document): Promise<PageLanguage> {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 35);
  const dir = dirOf(lang);
  try {
    const { locale, messages } = await sendMessage('getPageStrings', { lang });
    if (typeof locale !== 'string') throw new Error('no strings');
    return { reader: pageReader({ locale, messages: stringsOnly(messages) }, lang), dir };
  } catch {
    return { reader: pageReader({ locale: 'en', messages: {} }, lang), dir };
  }
}
