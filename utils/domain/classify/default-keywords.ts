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

// Every event of every week counted is tested against the same few keywords:
// compiling each once (per worker) is most of what classifying costs otherwise.
// Bounded, since the lists are the user's; a full cache starts over.
const MAX_MATCHERS = 500;
const matchers = new Map<string, RegExp>();

/**
 * Whole-word, any case, any script: `\b` only knows ASCII word characters and
 * fails around `&`, so the boundaries are "not a letter or digit" instead.
 */
export function keywordMatcher(keyword: string): RegExp {
  let re = matchers.get(keyword);
  if (re) return re;
  const body = escape(keyword.trim()).replace(/\s+/g, '\\s+');
  // No `g` flag: `test` keeps no state between titles.
  re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
  if (matchers.size >= MAX_MATCHERS) matchers.clear();
  matchers.set(keyword, re);
  return re;
}

/** The first keyword found in the title, as written in the list. */
export function findKeyword(title: string, keywords: readonly string[]): string | undefined {
  return keywords.find((k) => k.trim() !== '' && keywordMatcher(k).test(title));
}
