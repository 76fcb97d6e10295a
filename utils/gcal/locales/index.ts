import { compileLocale } from './compile';
import type { CompiledLocale } from './compile';
import { af, am, sw, zu } from './africa';
import { ar, az, fa, hy, iw, ka, kk, mn, tr, ur } from './asia-west';
import { fil, id, ja, km, ko, lo, ms, my, th, vi, zhCN, zhHK, zhTW } from './east-asia';
import { en, enGB, generic } from './en';
import { be, bg, cs, el, hr, hu, lt, lv, pl, ro, ru, sk, sl, sr, uk } from './europe-east';
import {
  ca,
  cy,
  da,
  de,
  es,
  es419,
  eu,
  fi,
  fr,
  frCA,
  gl,
  is,
  it,
  nl,
  no,
  ptBR,
  ptPT,
  sv,
} from './europe-west';
import { bn, gu, hi, kn, ml, mr, ne, pa, si, ta, te } from './south-asia';
import type { LocaleSpec } from './types';

/** Keyed by Google's own language codes (`en_GB`, `pt_BR`, `iw`). */
const SPECS: Record<string, LocaleSpec> = {
  af,
  am,
  ar,
  az,
  be,
  bg,
  bn,
  ca,
  cs,
  cy,
  da,
  de,
  el,
  en,
  en_GB: enGB,
  es,
  es_419: es419,
  eu,
  fa,
  fi,
  fil,
  fr,
  fr_CA: frCA,
  gl,
  gu,
  hi,
  hr,
  hu,
  hy,
  id,
  is,
  it,
  iw,
  ja,
  ka,
  kk,
  km,
  kn,
  ko,
  lo,
  lt,
  lv,
  ml,
  mn,
  mr,
  ms,
  my,
  ne,
  nl,
  no,
  pa,
  pl,
  pt_BR: ptBR,
  pt_PT: ptPT,
  ro,
  ru,
  si,
  sk,
  sl,
  sr,
  sv,
  sw,
  ta,
  te,
  th,
  tr,
  uk,
  ur,
  vi,
  zh_CN: zhCN,
  zh_HK: zhHK,
  zh_TW: zhTW,
  zu,
};

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
    const spec = SPECS[code];
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
