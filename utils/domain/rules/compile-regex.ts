/** Long titles are cut before matching, so a user's pattern can't spend long on a crafted title. */
export const MAX_TITLE_MATCH = 300;
export const MAX_PATTERN_LENGTH = 200;

const cache = new Map<string, RegExp | string>();

/**
 * The rule's pattern compiled, or the reason it can't be, in words. Never
 * throws: an invalid pattern stored by an older version just never matches.
 */
export function compileRegex(pattern: string, caseSensitive = false): RegExp | string {
  const key = `${caseSensitive ? 's' : 'i'}:${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: RegExp | string;
  if (pattern.trim() === '') result = 'The pattern is empty.';
  else if (pattern.length > MAX_PATTERN_LENGTH)
    result = `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`;
  else {
    try {
      result = new RegExp(pattern, caseSensitive ? '' : 'i');
    } catch (e) {
      // Engines word this differently; keep their detail after a plain sentence.
      const detail = e instanceof Error ? e.message : String(e);
      result = `Not a valid regular expression: ${detail}`;
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

/** `/pattern/flags`, as the user would write it: the reason shown for a match. */
export function regexLabel(pattern: string, caseSensitive = false): string {
  return `/${pattern}/${caseSensitive ? '' : 'i'}`;
}
