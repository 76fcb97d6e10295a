import type { WeekAhead } from '@/utils/domain/report/week-report';
import { bookableMinutes } from '@/utils/domain/week/plan';
import { msg } from '@/utils/shared/i18n/msg';
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
  // Only Calendar's own pages are opened (the calendar source built the URL).
  const slot = week.slots.find((s) => s.url.startsWith('https://'));
  return (
    <section class="plan-glance" aria-label={text(msg('plan_this_week'))} data-testid="plan-glance">
      <p class="plan-week__split small">
        {text(msg('plan_planned', week.plannedPercent, week.targetPercent))}
        {/* On plan, the planned split says it all: one short line. */}
        {gap !== 0 && ' '}
        {gap !== 0 && (
          <span class="plan-week__gap below">
            {gap === undefined
              ? text(msg('plan_out_of_reach', week.targetPercent))
              : text(msg('plan_gap', { minutes: bookableMinutes(gap) }, week.targetPercent))}
          </span>
        )}{' '}
        {gap !== 0 && slot && (
          // Inline, so the glance stays one short paragraph inside the first 600 px.
          <button type="button" class="link" onClick={() => onOpen(slot.url)}>
            {text(msg('plan_book_slot', { range: [slot.start, slot.end] }))}
          </button>
        )}
      </p>
    </section>
  );
}
