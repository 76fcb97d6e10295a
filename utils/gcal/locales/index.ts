import { ALL_LOCALES } from './all';
import { compileLocale } from './compile';
import type { CompiledLocale } from './compile';
import { generic } from './en';

/**
 * Google's language codes for the 73 UI languages (`en_GB`, `pt_BR`, `iw`).
 * Chip text is read in the background, which holds every language's tables
 * (`ALL_LOCALES`); none of them ship in the content script.
 */
export const LOCALE_CODES: readonly string[] = [
  'af',
  'am',
  'ar',
  'az',
  'be',
  'bg',
  'bn',
  'ca',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'en',
  'en_GB',
  'es',
  'es_419',
  'eu',
  'fa',
  'fi',
  'fil',
  'fr',
  'fr_CA',
  'gl',
  'gu',
  'hi',
  'hr',
  'hu',
  'hy',
  'id',
  'is',
  'it',
  'iw',
  'ja',
  'ka',
  'kk',
  'km',
  'kn',
  'ko',
  'lo',
  'lt',
  'lv',
  'ml',
  'mn',
  'mr',
  'ms',
  'my',
  'ne',
  'nl',
  'no',
  'pa',
  'pl',
  'pt_BR',
  'pt_PT',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'sr',
  'sv',
  'sw',
  'ta',
  'te',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh_CN',
  'zh_HK',
  'zh_TW',
  'zu',
];

const KNOWN = new Set(LOCALE_CODES);

/** `<html lang>` spellings that name the same UI language under another code. */
const ALIASES: Record<string, string> = {
  he: 'iw',
  nb: 'no',
  nn: 'no',
  tl: 'fil',
  in: 'id',
  pt: 'pt_BR',
};

const compiled = new Map<string, CompiledLocale>();

function lookup(code: string): string | undefined {
  if (KNOWN.has(code)) return code;
  const lower = code.toLowerCase();
  for (const key of LOCALE_CODES) if (key.toLowerCase() === lower) return key;
  const alias = ALIASES[lower];
  if (alias && KNOWN.has(alias)) return alias;
  return undefined;
}

/** Google's code for an `<html lang>` value, or undefined for a language we don't know. */
export function resolveLang(lang: string): string | undefined {
  const code = lang.trim().replace(/-/g, '_');
  if (!code) return undefined;
  const exact = lookup(code);
  if (exact) return exact;
  const parts = code.toLowerCase().split('_');
  const primary = parts[0] ?? '';
  const rest = parts.slice(1);
  if (primary === 'zh') {
    // Script or region: Hong Kong and Macau, then other Traditional Chinese, then Simplified.
    if (rest.includes('hk') || rest.includes('mo')) return 'zh_HK';
    return rest.includes('hant') || rest.includes('tw') ? 'zh_TW' : 'zh_CN';
  }
  const region = rest.find((p) => p.length === 2 || p === '419');
  // Spanish outside Spain is Google's `es_419`; English outside the US reads like en_GB.
  if (primary === 'es' && region && region !== 'es') return 'es_419';
  if (primary === 'en' && region && region !== 'us') return 'en_GB';
  if (primary === 'pt' && region === 'pt') return 'pt_PT';
  if (primary === 'fr' && region === 'ca') return 'fr_CA';
  return lookup(primary);
}

/** The compiled tables for a language code, built on first use. */
export function localeFor(code: string): CompiledLocale | undefined {
  let c = compiled.get(code);
  if (!c) {
    const spec = KNOWN.has(code) ? ALL_LOCALES[code] : undefined;
    if (!spec) return undefined;
    c = compileLocale(code, spec);
    compiled.set(code, c);
  }
  return c;
}

/** What is tried when the page's language is missing or unknown: English-like text only. */
const GENERIC = '';
const byLang = new Map<string, CompiledLocale>();
let genericCompiled: CompiledLocale | undefined;
// Pages have one language; the bound only stops odd inputs from piling up.
const MAX_CACHED_LANGS = 32;

/**
 * Tables for a page's `<html lang>`, cached per raw value so the per-chip
 * call is one map lookup. Unknown languages get the generic tables, which
 * only read English-shaped times and otherwise return nothing.
 */
export function localeForLang(lang: string | undefined): CompiledLocale {
  const key = typeof lang === 'string' ? lang : GENERIC;
  let c = byLang.get(key);
  if (!c) {
    const code = key ? resolveLang(key) : undefined;
    c = (code && localeFor(code)) || (genericCompiled ??= compileLocale('en', generic));
    if (byLang.size >= MAX_CACHED_LANGS) byLang.clear();
    byLang.set(key, c);
  }
  return c;
}
