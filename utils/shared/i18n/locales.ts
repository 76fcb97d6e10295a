/** The catalogue's languages, as browser locale folders. */
export const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'pt_BR',
  'it',
  'nl',
  'ja',
  'zh_CN',
  'ko',
  'pl',
] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The closest catalogue for a page or browser language (`de-AT` → `de`,
 * `pt-PT` → `pt_BR`, `zh-Hans-CN` → `zh_CN`); English when none is close.
 * Traditional Chinese gets English rather than the simplified script.
 */
export function bestLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().replace(/_/g, '-').toLowerCase();
  const [primary = '', ...rest] = tag.split('-');
  if (primary === 'zh')
    return rest.some((p) => ['tw', 'hk', 'mo', 'hant'].includes(p)) ? 'en' : 'zh_CN';
  if (primary === 'pt') return 'pt_BR';
  const hit = LOCALES.find((l) => l === primary);
  return hit ?? 'en';
}

/** The BCP 47 tag Intl wants for a catalogue locale. */
export const intlTag = (locale: Locale): string => locale.replace('_', '-');

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/** Writing direction of a page language (the page's own, whatever catalogue we speak). */
export const dirOf = (lang: string | null | undefined): 'rtl' | 'ltr' =>
  RTL.has((lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
