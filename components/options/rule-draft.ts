import type { Rule, RuleCondition, RuleType } from '@/utils/domain/rules/types';
import type { Category } from '@/utils/shared/types';

/** A rule as the form edits it: one text box whatever the condition. */
export interface RuleDraft {
  type: RuleType;
  text: string;
  caseSensitive: boolean;
  hasGuests: boolean;
  category: Category;
}

export const EMPTY_DRAFT: RuleDraft = {
  type: 'keywords',
  text: '',
  caseSensitive: false,
  hasGuests: true,
  category: 'innovation',
};

export function draftOf(rule: Rule): RuleDraft {
  const w = rule.when;
  const text =
    w.type === 'keywords'
      ? w.keywords.join(', ')
      : w.type === 'regex'
        ? w.pattern
        : w.type === 'calendar'
          ? w.calendar
          : w.type === 'color'
            ? w.color
            : '';
  return {
    ...EMPTY_DRAFT,
    type: w.type,
    text,
    caseSensitive: w.type === 'regex' && !!w.caseSensitive,
    hasGuests: w.type === 'guests' ? w.hasGuests : true,
    category: rule.category,
  };
}

export function conditionOf(d: RuleDraft): RuleCondition {
  switch (d.type) {
    case 'keywords':
      return { type: 'keywords', keywords: d.text.split(',') };
    case 'regex':
      return d.caseSensitive
        ? { type: 'regex', pattern: d.text, caseSensitive: true }
        : { type: 'regex', pattern: d.text };
    case 'calendar':
      return { type: 'calendar', calendar: d.text };
    case 'color':
      return { type: 'color', color: d.text };
    case 'guests':
      return { type: 'guests', hasGuests: d.hasGuests };
    case 'timeBlock':
      return { type: 'timeBlock' };
  }
}
