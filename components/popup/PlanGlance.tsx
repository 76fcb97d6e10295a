import type { WeekAhead } from '@/utils/domain/report/week-report';
import { bookableMinutes } from '@/utils/domain/week/plan';
import { msg } from '@/utils/shared/i18n/msg';
import { BookSlots } from './BookSlots';
import { text } from './text';

/**
 * The week ahead at a glance, for the first screen: this week's planned split,
 * the innovation still to book and the longest free slot to book it in. The
 * whole plan (next week, more slots, the run of weeks on target) is its own section.
 */
export function PlanGlance({ ahead, onOpen }: { ahead: WeekAhead; onOpen(url: string): void }) {
  const week = ahead.weeks.find((w) => w.which === 'this');
  if (!week || week.daysSeen === 0 || week.plannedPercent === undefined) return null;
  const gap = week.gapMin;
  return (
    <section class="plan-glance" aria-label={text(msg('plan_this_week'))} data-testid="plan-glance">
      <p class="plan-week__split">
        {text(msg('plan_planned', week.plannedPercent, week.targetPercent))}{' '}
        <span class={gap === 0 ? 'plan-week__gap ok' : 'plan-week__gap below'}>
          {gap === undefined
            ? text(msg('plan_out_of_reach', week.targetPercent))
            : gap === 0
              ? text(msg('plan_on_target'))
              : text(msg('plan_gap', { minutes: bookableMinutes(gap) }, week.targetPercent))}
        </span>
      </p>
      {gap !== 0 && (
        <BookSlots
          slots={week.slots.slice(0, 1)}
          label={text(msg('plan_slots_label'))}
          weekly={false}
          onOpen={onOpen}
        />
      )}
    </section>
  );
}
