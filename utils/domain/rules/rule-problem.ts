import { MAX_PATTERN_LENGTH } from './compile-regex';
import type { Rule, RuleCondition } from './types';
import { MAX_KEYWORDS, MAX_TEXT } from './validate-rule';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { CATEGORIES } from '@/utils/shared/types';

// The checks of validate-rule.ts (kept in English for logs and tests), as
// sentences for the rule form and a refused backup: the same bounds, the reader's words.

function patternProblem(pattern: string, caseSensitive = false): Msg | null {
  if (pattern.trim() === '') return msg('options_pattern_empty');
  if (pattern.length > MAX_PATTERN_LENGTH)
    return msg('options_pattern_too_long', MAX_PATTERN_LENGTH);
  try {
    new RegExp(pattern, caseSensitive ? '' : 'i');
    return null;
  } catch (e) {
    // The engine's own detail, in its words, after a sentence in the reader's.
    return msg('options_pattern_invalid', e instanceof Error ? e.message : String(e));
  }
}

function conditionProblem(when: RuleCondition): Msg | null {
  switch (when.type) {
    case 'keywords': {
      const words = when.keywords.map((k) => k.trim()).filter((k) => k !== '');
      if (words.length === 0) return msg('options_no_keyword');
      if (words.length > MAX_KEYWORDS) return msg('options_too_many_keywords', MAX_KEYWORDS);
      if (words.some((w) => w.length > MAX_TEXT)) return msg('options_keyword_too_long', MAX_TEXT);
      return null;
    }
    case 'regex':
      return patternProblem(when.pattern, when.caseSensitive);
    case 'calendar':
      if (when.calendar.trim() === '') return msg('options_calendar_empty');
      return when.calendar.length > MAX_TEXT ? msg('options_calendar_too_long') : null;
    case 'color':
      if (when.color.trim() === '') return msg('options_color_empty');
      return when.color.length > MAX_TEXT ? msg('options_color_too_long') : null;
    case 'guests':
    case 'timeBlock':
      return null;
  }
}

/** Null when the rule can be saved; otherwise the sentence to show next to it. */
export function ruleProblem(rule: Rule): Msg | null {
  if (!CATEGORIES.includes(rule.category)) return msg('options_choose_category');
  return conditionProblem(rule.when);
}
