import { compileLocale } from './compile';
import type { CompiledLocale } from './compile';
import { en, enGB, generic } from './en';
import type { LocaleSpec } from './types';

/** Keyed by Google's own language codes (`en_GB`, `pt_BR`, `iw`). */
const SPECS: Record<string, LocaleSpec> = {
  en,
  en_GB: enGB,
};

/** `<html lang>` spellings that name the same UI language under another code. */
const ALIASES: Record<string, string> = {
  he: 'iw',
  nb: 'no',
  nn: 'no',
  tl: 'fil',
  in: 'id',
  zh: 'zh_CN',
  zh_hans: 'zh_CN',
  zh_sg: 'zh_CN',
  zh_hant: 'zh_TW',
  zh_mo: 'zh_HK',
  pt: 'pt_BR',
  fr_ch: 'fr',
  fr_be: 'fr',
};

const compiled = new Map<string, CompiledLocale>();

function lookup(code: string): string | undefined {
  if (SPECS[code]) return code;
  const lower = code.toLowerCase();
  for (const key of Object.keys(SPECS)) if (key.toLowerCase() === lower) return key;
  const alias = ALIASES[lower];
  if (alias && SPECS[alias]) return alias;
  return undefined;
}

/** Google's code for an `<html lang>` value, or undefined for a language we don't know. */
export function resolveLang(lang: string): string | undefined {
  const code = lang.trim().replace(/-/g, '_');
  if (!code) return undefined;
  const exact = lookup(code);
  if (exact) return exact;
  const [primary = '', region = ''] = code.split('_');
  // Spanish outside Spain is Google's `es_419`; English outside the US reads like en_GB.
  if (primary.toLowerCase() === 'es' && region && region.toUpperCase() !== 'ES')
    return lookup('es_419');
  if (primary.toLowerCase() === 'en' && region && region.toUpperCase() !== 'US')
    return lookup('en_GB');
  return lookup(primary);
}

/** The compiled tables for a language code, built on first use. */
export function localeFor(code: string): CompiledLocale | undefined {
  let c = compiled.get(code);
  if (!c) {
    const spec = SPECS[code];
    if (!spec) return undefined;
    c = compileLocale(spec);
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
    c = (code && localeFor(code)) || (genericCompiled ??= compileLocale(generic));
    if (byLang.size >= MAX_CACHED_LANGS) byLang.clear();
    byLang.set(key, c);
  }
  return c;
}
