import { CATEGORIES } from '@/utils/shared/types';
import { compileRegex } from './compile-regex';
import type { Rule, RuleCondition } from './types';

// Sync storage allows 8 KB per item: these bounds keep a full list well inside it.
export const MAX_RULES = 40;
export const MAX_TEXT = 100;
export const MAX_KEYWORDS = 20;

const cleanKeywords = (list: readonly string[]) =>
  list.map((k) => k.trim()).filter((k) => k !== '');

/** What is wrong with the condition, in words for the user; null when it can be saved. */
export function conditionError(when: RuleCondition): string | null {
  switch (when.type) {
    case 'keywords': {
      const words = cleanKeywords(when.keywords);
      if (words.length === 0) return 'Enter at least one keyword.';
      if (words.length > MAX_KEYWORDS) return `Use at most ${MAX_KEYWORDS} keywords in one rule.`;
      if (words.some((w) => w.length > MAX_TEXT))
        return `Keep each keyword under ${MAX_TEXT} characters.`;
      return null;
    }
    case 'regex': {
      const re = compileRegex(when.pattern, when.caseSensitive);
      return typeof re === 'string' ? re : null;
    }
    case 'calendar':
      if (when.calendar.trim() === '') return 'Enter a calendar name.';
      return when.calendar.length > MAX_TEXT ? 'The calendar name is too long.' : null;
    case 'color':
      if (when.color.trim() === '') return 'Enter a colour name.';
      return when.color.length > MAX_TEXT ? 'The colour name is too long.' : null;
    case 'guests':
    case 'timeBlock':
      return null;
  }
}

/** Null when the rule can be saved; otherwise the message to show next to it. */
export function ruleError(rule: Rule): string | null {
  if (!CATEGORIES.includes(rule.category)) return 'Choose a category.';
  return conditionError(rule.when);
}

/** The rule as it should be stored: trimmed text, no empty keywords. */
export function normaliseRule(rule: Rule): Rule {
  const w = rule.when;
  const when: RuleCondition =
    w.type === 'keywords'
      ? { type: 'keywords', keywords: cleanKeywords(w.keywords) }
      : w.type === 'calendar'
        ? { type: 'calendar', calendar: w.calendar.trim() }
        : w.type === 'color'
          ? { type: 'color', color: w.color.trim() }
          : w.type === 'timeBlock'
            ? { type: 'timeBlock' }
            : w;
  return { id: rule.id, when, category: rule.category };
}

function isCondition(v: unknown): v is RuleCondition {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  switch (c.type) {
    case 'keywords':
      return Array.isArray(c.keywords) && c.keywords.every((k) => typeof k === 'string');
    case 'regex':
      return (
        typeof c.pattern === 'string' &&
        (c.caseSensitive === undefined || typeof c.caseSensitive === 'boolean')
      );
    case 'calendar':
      return typeof c.calendar === 'string';
    case 'color':
      return typeof c.color === 'string';
    case 'guests':
      return typeof c.hasGuests === 'boolean';
    case 'timeBlock':
      return true;
    default:
      return false;
  }
}

/**
 * Rules as read from storage, keeping only well-formed ones: storage is
 * synced from other devices and older versions, so it is checked, not trusted.
 */
export function parseRules(value: unknown): Rule[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is Rule =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as Rule).id === 'string' &&
      CATEGORIES.includes((r as Rule).category) &&
      isCondition((r as Rule).when),
  );
}
