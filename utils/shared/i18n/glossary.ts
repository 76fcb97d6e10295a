import type { Locale } from './locales';

// The product's words, chosen once per language (product.md "Words"). Every
// message that names one of these uses it: the catalogue test checks the
// category names and the word for an override in each language.

export interface Glossary {
  execution: string;
  innovation: string;
  /** The category that never counts (the tag control's "Exclude"). */
  excluded: string;
  /** Innovation time taken away: the noun, as it appears inside sentences. */
  override: string;
  /** Which days of a week Polarity has seen. */
  coverage: string;
  /** A hand-set category. */
  tag: string;
}

export const GLOSSARY: Record<Locale, Glossary> = {
  en: {
    execution: 'Execution',
    innovation: 'Innovation',
    excluded: 'Exclude',
    override: 'override',
    coverage: 'coverage',
    tag: 'tag',
  },
  de: {
    execution: 'Umsetzung',
    innovation: 'Innovation',
    excluded: 'Ausschließen',
    override: 'Verdrängung',
    coverage: 'Abdeckung',
    tag: 'Kategorie',
  },
  fr: {
    execution: 'Exécution',
    innovation: 'Innovation',
    excluded: 'Exclure',
    override: 'empiètement',
    coverage: 'couverture',
    tag: 'catégorie',
  },
  es: {
    execution: 'Ejecución',
    innovation: 'Innovación',
    excluded: 'Excluir',
    override: 'invasi',
    coverage: 'cobertura',
    tag: 'categoría',
  },
  pt_BR: {
    execution: 'Execução',
    innovation: 'Inovação',
    excluded: 'Excluir',
    override: 'invas',
    coverage: 'cobertura',
    tag: 'categoria',
  },
  it: {
    execution: 'Esecuzione',
    innovation: 'Innovazione',
    excluded: 'Escludi',
    override: 'sottrazion',
    coverage: 'copertura',
    tag: 'categoria',
  },
  nl: {
    execution: 'Uitvoering',
    innovation: 'Innovatie',
    excluded: 'Uitsluiten',
    override: 'verdringing',
    coverage: 'dekking',
    tag: 'categorie',
  },
  ja: {
    execution: '実行',
    innovation: 'イノベーション',
    excluded: '除外',
    override: '侵食',
    coverage: '確認済みの日',
    tag: 'カテゴリ',
  },
  zh_CN: {
    execution: '执行',
    innovation: '创新',
    excluded: '排除',
    override: '占用',
    coverage: '覆盖率',
    tag: '类别',
  },
  ko: {
    execution: '실행',
    innovation: '혁신',
    excluded: '제외',
    override: '침해',
    coverage: '확인 범위',
    tag: '카테고리',
  },
  pl: {
    execution: 'Realizacja',
    innovation: 'Innowacje',
    excluded: 'Wyklucz',
    override: 'wypar',
    coverage: 'pokrycie',
    tag: 'kategoria',
  },
};
