import { bestLocale, dirOf } from '@/utils/shared/i18n/locales';
import { ENGLISH_LANGUAGE, pageReader, type PageLanguage } from '@/utils/shared/i18n/page-strings';
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
 * English is carried; any other catalogue is asked of the background once
 * per page load. Awaited before anything is drawn, so the page never shows
 * English names first; English if the background can't answer.
 */
export async function pageLanguage(doc: Document): Promise<PageLanguage> {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 35);
  const dir = dirOf(lang);
  const locale = bestLocale(lang);
  const english = { reader: pageReader({ locale: 'en', messages: {} }, lang), dir };
  if (locale === 'en') return lang ? english : { ...ENGLISH_LANGUAGE, dir };
  try {
    const answer = await sendMessage('getPageStrings', { lang });
    if (answer?.locale !== locale) return english;
    return { reader: pageReader({ locale, messages: stringsOnly(answer.messages) }, lang), dir };
  } catch {
    return english;
  }
}
