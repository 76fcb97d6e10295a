import { regexLabel } from '@/utils/domain/rules/compile-regex';
import type { RuleCondition, RuleType } from '@/utils/domain/rules/types';
import { msg, type MessageKey, type Msg } from '@/utils/shared/i18n/msg';
import type { Category } from '@/utils/shared/types';

// How the rules editor names things, as message keys; said by the page's reader.

/** A condition's name in the form's list, in the order it offers them. */
export const TYPE_KEY: Record<RuleType, MessageKey> = {
  keywords: 'options_type_keywords',
  regex: 'options_type_regex',
  calendar: 'options_type_calendar',
  color: 'options_type_color',
  guests: 'options_type_guests',
  timeBlock: 'options_type_time_block',
};

/** The text box's label, for the conditions that have one. */
export const TEXT_KEY: Partial<Record<RuleType, MessageKey>> = {
  keywords: 'options_text_keywords',
  regex: 'options_text_regex',
  calendar: 'options_text_calendar',
  color: 'options_text_color',
};

/** The category names of the tag control (glossary words); "Exclude" as it says. */
export const CATEGORY_KEY: Record<Category, MessageKey> = {
  execution: 'page_execution',
  innovation: 'page_innovation',
  excluded: 'page_exclude',
};

/**
 * "title has 'offsite', 'okr'": a saved rule's condition in the list, each of
 * the user's words quoted in the reader's marks. Keywords are listed with
 * commas in every language: that is how the form takes them.
 */
export function describeWhen(when: RuleCondition, say: (m: Msg) => string): string {
  const quoted = (text: string) => say(msg('options_quoted', text));
  switch (when.type) {
    case 'keywords':
      return say(msg('options_when_keywords', when.keywords.map(quoted).join(', ')));
    case 'regex':
      return say(msg('options_when_regex', regexLabel(when.pattern, when.caseSensitive)));
    case 'calendar':
      return say(msg('options_when_calendar', quoted(when.calendar)));
    case 'color':
      return say(msg('options_when_color', quoted(when.color)));
    case 'guests':
      return say(msg(when.hasGuests ? 'options_when_guests' : 'options_when_solo'));
    case 'timeBlock':
      return say(msg('options_when_time_block'));
  }
}
