/** product.md "Built-in defaults": the words that make an event innovation. */
export const DEFAULT_INNOVATION_KEYWORDS: readonly string[] = [
  'innovation',
  'innovate',
  'research',
  'explore',
  'exploration',
  'experiment',
  'prototype',
  'brainstorm',
  'ideation',
  'strategy',
  'vision',
  'R&D',
  'discovery',
  'think time',
  'hackathon',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word, any case, any script: `\b` only knows ASCII word characters and
 * fails around `&`, so the boundaries are "not a letter or digit" instead.
 */
export function keywordMatcher(keyword: string): RegExp {
  const body = escape(keyword.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The first keyword found in the title, as written in the list. */
export function findKeyword(title: string, keywords: readonly string[]): string | undefined {
  return keywords.find((k) => k.trim() !== '' && keywordMatcher(k).test(title));
}
