import { dirOf } from '@/utils/shared/i18n/locales';
import { pageReader, type PageLanguage, type PageStyles } from '@/utils/shared/i18n/page-strings';
import { sendMessage } from '@/utils/shared/messages';

/** Only string messages: the answer is written into the page as text. */
function stringsOnly(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, m] of Object.entries(v)) if (typeof m === 'string') out[k] = m.slice(0, 1000);
  return out;
}

const MAX_CSS = 50_000;

/** The three stylesheets if each is text; they only ever become a `<style>`'s text. */
function stylesOf(v: unknown): PageStyles | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { control, toast, legend } = v as Record<string, unknown>;
  const ok = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_CSS;
  return ok(control) && ok(toast) && ok(legend) ? { control, toast, legend } : undefined;
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
    const { locale, messages, styles } = await sendMessage('getPageStrings', { lang });
    if (typeof locale !== 'string') throw new Error('no strings');
    const reader = pageReader({ locale, messages: stringsOnly(messages) }, lang);
    const css = stylesOf(styles);
    return { reader, dir, ...(css && { styles: css }) };
  } catch {
    return { reader: pageReader({ locale: 'en', messages: {} }, lang), dir };
  }
}
