import type { TagLookup } from '@/utils/domain/db/tags';
import { matchCondition, type RuleInput } from '@/utils/domain/rules/match-rule';
import type { Rule } from '@/utils/domain/rules/types';
import type { CalEvent, Category, EventKind } from '@/utils/shared/types';
import { DEFAULT_INNOVATION_KEYWORDS, findKeyword } from './default-keywords';

export type ReasonSource = 'tag' | 'series-tag' | 'rule' | 'default';

export interface Classification {
  category: Category;
  source: ReasonSource;
  /** The reason in words, shown wherever the category is shown. */
  reason: string;
}

export interface ClassifyContext {
  /** The built-in innovation keywords, as the user edited them. */
  innovationKeywords: readonly string[];
  /** The user's rules, in order. */
  rules?: readonly Rule[];
  /** The account's hand tags. */
  tags?: TagLookup;
}

export const DEFAULT_CONTEXT: ClassifyContext = {
  innovationKeywords: DEFAULT_INNOVATION_KEYWORDS,
};

/** What classification reads of an event; the ids are only needed to find its tags. */
export type ClassifyInput = Pick<CalEvent, 'kind' | 'title'> &
  Partial<Pick<CalEvent, 'id' | 'seriesId'>> &
  Omit<RuleInput, 'title'>;

const EXCLUDED_KIND_REASON: Record<Exclude<EventKind, 'timed'>, string> = {
  allday: 'all-day event',
  task: 'Google Tasks',
  'working-location': 'working location',
  'out-of-office': 'out of office',
  holiday: 'holiday',
  birthday: 'birthday',
};

export const TAG_REASON = 'Tagged by you';
export const SERIES_TAG_REASON = 'Series tag';

/** The built-in defaults of product.md "Classification, in order", step 3. */
export function classifyByDefaults(
  event: Pick<CalEvent, 'kind' | 'title'>,
  ctx: ClassifyContext = DEFAULT_CONTEXT,
): Classification {
  if (event.kind !== 'timed') {
    return {
      category: 'excluded',
      source: 'default',
      reason: `Auto: ${EXCLUDED_KIND_REASON[event.kind]}`,
    };
  }
  const keyword = findKeyword(event.title, ctx.innovationKeywords);
  if (keyword !== undefined) {
    return { category: 'innovation', source: 'default', reason: `Auto: keyword '${keyword}'` };
  }
  return { category: 'execution', source: 'default', reason: 'Auto: no innovation keyword' };
}

/** The first rule that matches, with its 1-based position in the reason. */
export function classifyByRules(
  event: RuleInput,
  rules: readonly Rule[],
): Classification | undefined {
  for (const [i, rule] of rules.entries()) {
    const why = matchCondition(rule.when, event);
    if (why !== null) {
      return { category: rule.category, source: 'rule', reason: `Rule ${i + 1}: ${why}` };
    }
  }
  return undefined;
}

/**
 * The one entry point: event tag, series tag, rules in order, then defaults.
 * Non-timed events (all-day, tasks, holidays...) stay excluded whatever the
 * tag or rule says: they have no time to count, and the week counter only
 * looks at categories.
 */
export function classify(
  event: ClassifyInput,
  ctx: ClassifyContext = DEFAULT_CONTEXT,
): Classification {
  if (event.kind !== 'timed') return classifyByDefaults(event, ctx);
  const eventTag = event.id === undefined ? undefined : ctx.tags?.event.get(event.id);
  if (eventTag) return { category: eventTag, source: 'tag', reason: TAG_REASON };
  const seriesTag = event.seriesId === undefined ? undefined : ctx.tags?.series.get(event.seriesId);
  if (seriesTag) return { category: seriesTag, source: 'series-tag', reason: SERIES_TAG_REASON };
  return classifyByRules(event, ctx.rules ?? []) ?? classifyByDefaults(event, ctx);
}
