import type { CalEvent, Category, EventKind } from '../types';
import { DEFAULT_INNOVATION_KEYWORDS, findKeyword } from './default-keywords';

export type ReasonSource = 'tag' | 'series-tag' | 'rule' | 'default';

export interface Classification {
  category: Category;
  source: ReasonSource;
  /** The reason in words, shown wherever the category is shown. */
  reason: string;
}

export interface ClassifyContext {
  innovationKeywords: readonly string[];
}

export const DEFAULT_CONTEXT: ClassifyContext = {
  innovationKeywords: DEFAULT_INNOVATION_KEYWORDS,
};

const EXCLUDED_KIND_REASON: Record<Exclude<EventKind, 'timed'>, string> = {
  allday: 'all-day event',
  task: 'Google Tasks',
  'working-location': 'working location',
  'out-of-office': 'out of office',
  holiday: 'holiday',
  birthday: 'birthday',
};

/** The built-in defaults of product.md "Classification, in order", step 3. */
export function classifyByDefaults(
  event: Pick<CalEvent, 'kind' | 'title'>,
  ctx: ClassifyContext = DEFAULT_CONTEXT,
): Classification {
  if (event.kind !== 'timed') {
    return {
      category: 'excluded',
      source: 'default',
      reason: EXCLUDED_KIND_REASON[event.kind],
    };
  }
  const keyword = findKeyword(event.title, ctx.innovationKeywords);
  if (keyword !== undefined) {
    return {
      category: 'innovation',
      source: 'default',
      reason: `keyword '${keyword}'`,
    };
  }
  return {
    category: 'execution',
    source: 'default',
    reason: 'no innovation keyword',
  };
}

/** One entry point that tags and rules extend: everything classifies through here. */
export function classify(
  event: Pick<CalEvent, 'kind' | 'title'>,
  ctx: ClassifyContext = DEFAULT_CONTEXT,
): Classification {
  return classifyByDefaults(event, ctx);
}
