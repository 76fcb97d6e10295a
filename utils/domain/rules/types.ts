import type { Category } from '@/utils/shared/types';

/** What a rule looks at. One condition per rule keeps "why" a single sentence. */
export type RuleCondition =
  /** Any of the words, whole word, any case (like the built-in keywords). */
  | { type: 'keywords'; keywords: string[] }
  /** A JavaScript regular expression tested against the title. */
  | { type: 'regex'; pattern: string; caseSensitive?: boolean }
  /** The calendar's name or id, exactly, any case. */
  | { type: 'calendar'; calendar: string }
  /** The event colour's name ("Graphite", "Team Meetings") or its CSS value. */
  | { type: 'color'; color: string }
  /** true: the event has guests; false: solo. */
  | { type: 'guests'; hasGuests: boolean }
  /** A time block: focus time or a time-blocked task on the calendar's grid. */
  | { type: 'timeBlock' };

export type RuleType = RuleCondition['type'];

/** A user rule: first match in list order wins. Stored as plain data in sync storage. */
export interface Rule {
  id: string;
  when: RuleCondition;
  category: Category;
}

export const CATEGORY_LABEL: Record<Category, string> = {
  execution: 'Execution',
  innovation: 'Innovation',
  excluded: 'Excluded',
};
