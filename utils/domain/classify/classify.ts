import type { TagLookup } from '@/utils/domain/db/tags';
import { matchReason, type RuleInput } from '@/utils/domain/rules/match-rule';
import type { Rule } from '@/utils/domain/rules/types';
import { englishPage } from '@/utils/shared/i18n/english-page';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';
import type { CalEvent, Category, EventKind } from '@/utils/shared/types';
import { DEFAULT_INNOVATION_KEYWORDS, findKeyword } from './default-keywords';

export type ReasonSource = 'tag' | 'series-tag' | 'rule' | 'default';

export interface Classification {
  category: Category;
  source: ReasonSource;
  /** The reason as a sentence, rendered where it is read, in the reader's language. */
  because: Msg;
  /** The same reason in English words (exports, and readers not yet speaking `because`). */
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

const EXCLUDED_KIND_REASON: Record<Exclude<EventKind, 'timed'>, Msg['key']> = {
  allday: 'reason_allday',
  task: 'reason_task',
  'working-location': 'reason_working_location',
  'out-of-office': 'reason_out_of_office',
  holiday: 'reason_holiday',
  birthday: 'reason_birthday',
};

const because = (m: Msg) => ({ because: m, reason: render(m, englishPage) });

/** The built-in defaults of product.md "Classification, in order", step 3. */
export function classifyByDefaults(
  event: Pick<CalEvent, 'kind' | 'title'>,
  ctx: ClassifyContext = DEFAULT_CONTEXT,
): Classification {
  if (event.kind !== 'timed') {
    return {
      category: 'excluded',
      source: 'default',
      ...because(msg(EXCLUDED_KIND_REASON[event.kind])),
    };
  }
  const keyword = findKeyword(event.title, ctx.innovationKeywords);
  if (keyword !== undefined) {
    return {
      category: 'innovation',
      source: 'default',
      ...because(msg('reason_keyword', keyword)),
    };
  }
  return { category: 'execution', source: 'default', ...because(msg('reason_no_keyword')) };
}

/** The first rule that matches, with its 1-based position in the reason. */
export function classifyByRules(
  event: RuleInput,
  rules: readonly Rule[],
): Classification | undefined {
  for (const [i, rule] of rules.entries()) {
    const why = matchReason(rule.when, event);
    if (why !== null) {
      return {
        category: rule.category,
        source: 'rule',
        ...because(msg('reason_rule', i + 1, why)),
      };
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
  if (eventTag) return { category: eventTag, source: 'tag', ...because(msg('reason_tag')) };
  const seriesTag = event.seriesId === undefined ? undefined : ctx.tags?.series.get(event.seriesId);
  if (seriesTag)
    return { category: seriesTag, source: 'series-tag', ...because(msg('reason_series_tag')) };
  return classifyByRules(event, ctx.rules ?? []) ?? classifyByDefaults(event, ctx);
}
