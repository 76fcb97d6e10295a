import { splitPercent, type WeekCount } from '@/utils/domain/week/count-week';
import type { SplitSummary } from './week-report';

export function splitSummary(count: WeekCount, targetPercent: number): SplitSummary {
  const innovationPercent = splitPercent(count);
  const summary: SplitSummary = {
    executionMin: count.executionMin,
    innovationMin: count.innovationMin,
    targetPercent,
  };
  if (innovationPercent === undefined) return summary;
  // Derived from the rounded innovation share so the two always add up to 100.
  return {
    ...summary,
    innovationPercent,
    executionPercent: 100 - innovationPercent,
    vsTarget: innovationPercent - targetPercent,
  };
}
