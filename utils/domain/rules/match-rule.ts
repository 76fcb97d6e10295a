import { findKeyword } from '@/utils/domain/classify/default-keywords';
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
 * Why the condition holds for the event, in words ("title matches /okr/i"),
 * or null when it does not. Unknown facts (no calendar read) never match.
 */
export function matchCondition(when: RuleCondition, event: RuleInput): string | null {
  switch (when.type) {
    case 'keywords': {
      const k = findKeyword(event.title, when.keywords);
      return k === undefined ? null : `keyword '${k}'`;
    }
    case 'regex': {
      const re = compileRegex(when.pattern, when.caseSensitive);
      if (typeof re === 'string') return null;
      return re.test(event.title.slice(0, MAX_TITLE_MATCH))
        ? `title matches ${regexLabel(when.pattern, when.caseSensitive)}`
        : null;
    }
    case 'calendar':
      return same(event.calendarName, when.calendar) || same(event.calendarId, when.calendar)
        ? `calendar '${when.calendar.trim()}'`
        : null;
    case 'color':
      return same(event.colorName, when.color) ||
        (event.color !== undefined && cssColor(event.color) === cssColor(when.color))
        ? `colour '${when.color.trim()}'`
        : null;
    case 'guests':
      if (event.hasGuests === undefined) return null;
      return event.hasGuests === when.hasGuests ? (when.hasGuests ? 'has guests' : 'solo') : null;
    case 'timeBlock':
      return event.timeBlock === true ? 'time block' : null;
  }
}

/** The condition in words, for the rules list ("title matches /okr/i", "has guests"). */
export function describeCondition(when: RuleCondition): string {
  switch (when.type) {
    case 'keywords':
      return `title has ${when.keywords.map((k) => `'${k}'`).join(', ')}`;
    case 'regex':
      return `title matches ${regexLabel(when.pattern, when.caseSensitive)}`;
    case 'calendar':
      return `calendar is '${when.calendar}'`;
    case 'color':
      return `colour is '${when.color}'`;
    case 'guests':
      return when.hasGuests ? 'has guests' : 'solo (no guests)';
    case 'timeBlock':
      return 'is a time block (focus time, time-blocked task)';
  }
}
