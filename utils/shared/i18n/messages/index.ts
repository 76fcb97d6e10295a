import type { Messages } from '../render';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { ptBR } from './pt_BR';
import { zhCN } from './zh_CN';

// Build- and test-time only: the build writes each into _locales/<id>/messages.json
// (wxt.config.ts); the extension reads them through the browser, never by import.

/** Locale folder names, as the browsers want them (`pt_BR`, `zh_CN`). */
export const CATALOGUES: Readonly<Record<string, Messages>> = {
  en,
  de,
  fr,
  es,
  pt_BR: ptBR,
  it,
  nl,
  ja,
  zh_CN: zhCN,
  ko,
  pl,
};
