import type { WeekCount } from '@/utils/domain/week/count-week';
import type { AfterHoursSummary } from './week-report';

/** The essay warns that innovation done "at night" after a full day leads to burnout. */
export const AFTER_HOURS_WARNING_SHARE = 1 / 3;

export function afterHoursSummary(count: WeekCount): AfterHoursSummary {
  const { innovationMin, afterHoursInnovationMin: afterHoursMin } = count;
  if (innovationMin <= 0) return { innovationMin, afterHoursMin, high: false };
  const share = afterHoursMin / innovationMin;
  return {
    innovationMin,
    afterHoursMin,
    percent: Math.round(share * 100),
    high: share > AFTER_HOURS_WARNING_SHARE,
  };
}
