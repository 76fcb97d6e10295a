import { compileRegex } from '@/utils/domain/rules/compile-regex';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';
import type { Rule } from '@/utils/domain/rules/types';
import { MAX_RULES } from '@/utils/domain/rules/validate-rule';
import type { Category } from '@/utils/shared/types';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Every event titled like this": the same title, any case, spaces around ignored. */
export const titlePattern = (title: string): string => `^\\s*${escape(title.trim())}\\s*$`;

/** The grouping key that matches the rule: a title any case, trimmed. */
export const titleKey = (title: string): string => title.trim().toLowerCase();

/**
 * Where the title's rule is in the list, or -1. Only a rule this page would
 * write counts; the rule ignores case, so "Standup" and "standup" share it.
 */
export function titleRuleIndex(rules: readonly Rule[], title: string): number {
  const pattern = titlePattern(title).toLowerCase();
  return rules.findIndex(
    (r) =>
      r.when.type === 'regex' && !r.when.caseSensitive && r.when.pattern.toLowerCase() === pattern,
  );
}

/**
 * The rules with the title's rule set to `category` (null removes it). A new
 * rule goes first: the user means this title, whatever broader rule follows.
 * Returns the reason in words when it cannot be saved.
 */
export function withTitleRule(
  rules: readonly Rule[],
  title: string,
  category: Category | null,
  newId: string,
): Rule[] | string {
  const at = titleRuleIndex(rules, title);
  if (category === null) return at < 0 ? [...rules] : rules.filter((_, i) => i !== at);
  if (at >= 0) return rules.map((r, i) => (i === at ? { ...r, category } : r));
  const pattern = titlePattern(title);
  const re = compileRegex(pattern);
  if (typeof re === 'string') return re;
  if (rules.length >= MAX_RULES)
    return render(msg('review_too_many_rules', MAX_RULES), browserReader());
  return [{ id: newId, when: { type: 'regex', pattern }, category }, ...rules];
}
