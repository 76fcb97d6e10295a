import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { CalEvent, Category } from '@/utils/shared/types';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import { at, calEvent } from '../../sample-week';

export { at, calEvent };

export function classified(
  id: string,
  title: string,
  category: Category,
  d: number,
  h1: number,
  h2: number,
  over: Partial<CalEvent> = {},
): ClassifiedEvent {
  return {
    ...calEvent(id, title, d, h1, h2, over),
    category,
    source: 'default',
    because:
      category === 'innovation'
        ? { key: 'reason_keyword', subs: ['strategy'] }
        : { key: 'reason_no_keyword' },
    reason: category === 'innovation' ? "keyword 'strategy'" : 'no innovation keyword',
  };
}

export function override(block: CalEvent, over: Partial<OverrideRecord> = {}): OverrideRecord {
  return {
    key: `o-${block.id}`,
    account: 0,
    block,
    cause: 'overlap',
    by: { id: 'x', eid: 'x', title: 'Budget fire', start: block.start, end: block.end },
    minutesLost: 60,
    detectedAt: block.start,
    state: 'open',
    weekStart: at(23, 0),
    ...over,
  };
}
