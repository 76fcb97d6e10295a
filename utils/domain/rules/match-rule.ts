import { findKeyword } from '@/utils/domain/classify/default-keywords';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { englishPage } from '@/utils/shared/i18n/english-page';
import { render } from '@/utils/shared/i18n/render';
import type { CalEvent } from '@/utils/shared/types';
import { compileRegex, MAX_TITLE_MATCH, regexLabel } from './compile-regex';
import type { RuleCondition } from './types';

/** What a rule can look at; events read from a popover may lack the optional parts. */
export type RuleInput = Pick<CalEvent, 'title'> &
  Partial<
    Pick<
      CalEvent,
      'calendarId' | 'calendarName' | 'color' | 'colorName' | 'hasGuests' | 'timeBlock'
    >
  >;

const same = (a: string | undefined, b: string) =>
  a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

// "rgb(3, 155, 229)" and "rgb(3,155,229)" are the same colour.
const cssColor = (c: string) => c.replace(/\s+/g, '').toLowerCase();

/**
 * Why the condition holds for the event, as a sentence to render in the
 * reader's language ("title matches /okr/i"), or null when it does not.
 * Unknown facts (no calendar read) never match.
 */
export function matchReason(when: RuleCondition, event: RuleInput): Msg | null {
  switch (when.type) {
    case 'keywords': {
      const k = findKeyword(event.title, when.keywords);
      return k === undefined ? null : msg('rule_why_keyword', k);
    }
    case 'regex': {
      const re = compileRegex(when.pattern, when.caseSensitive);
      if (typeof re === 'string') return null;
      return re.test(event.title.slice(0, MAX_TITLE_MATCH))
        ? msg('rule_why_regex', regexLabel(when.pattern, when.caseSensitive))
        : null;
    }
    case 'calendar':
      return same(event.calendarName, when.calendar) || same(event.calendarId, when.calendar)
        ? msg('rule_why_calendar', when.calendar.trim())
        : null;
    case 'color':
      return same(event.colorName, when.color) ||
        (event.color !== undefined && cssColor(event.color) === cssColor(when.color))
        ? msg('rule_why_color', when.color.trim())
        : null;
    case 'guests':
      if (event.hasGuests === undefined) return null;
      return event.hasGuests === when.hasGuests
        ? msg(when.hasGuests ? 'rule_why_guests' : 'rule_why_solo')
        : null;
    case 'timeBlock':
      return event.timeBlock === true ? msg('rule_why_time_block') : null;
  }
}

/** `matchReason` in English words, or null. */
export function matchCondition(when: RuleCondition, event: RuleInput): string | null {
  const why = matchReason(when, event);
  return why && render(why, englishPage);
}
