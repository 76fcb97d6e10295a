import type { WeekAhead as Ahead } from '@/utils/domain/report/week-report';
import { msg } from '@/utils/shared/i18n/msg';
import { AfterHoursPattern } from './AfterHoursPattern';
import { useWeekly } from './BookSlots';
import { PlannedWeekPanel } from './PlannedWeekPanel';
import { text } from './text';
import { WeeksOnTarget } from './WeeksOnTarget';
import './week-ahead.css';

/**
 * The week ahead, planned against the target (issue 17): this week and next
 * as booked, the hours still to book and the slots to book them in, the run
 * of weeks on target, and innovation drifting after hours.
 */
export function WeekAhead({ ahead, onOpen }: { ahead: Ahead; onOpen(url: string): void }) {
  const [weekly, setWeekly] = useWeekly();
  const hasSlots =
    ahead.weeks.some((w) => w.slots.length + w.otherSlots.length > 0) ||
    (ahead.afterHoursPattern?.slots.length ?? 0) > 0;
  return (
    <section class="week-ahead" aria-labelledby="ahead-h">
      <h2 id="ahead-h">{text(msg('plan_heading'))}</h2>
      <WeeksOnTarget streak={ahead.streak} />
      {ahead.weeks.map((w) => (
        <PlannedWeekPanel key={w.which} week={w} weekly={weekly} onOpen={onOpen} />
      ))}
      {ahead.afterHoursPattern && (
        <AfterHoursPattern pattern={ahead.afterHoursPattern} weekly={weekly} onOpen={onOpen} />
      )}
      {hasSlots && (
        <>
          <label class="small">
            <input
              type="checkbox"
              checked={weekly}
              onChange={(e) => setWeekly(e.currentTarget.checked)}
            />{' '}
            {text(msg('plan_weekly'))}
          </label>
          <p class="muted small">{text(msg('plan_booking_note'))}</p>
        </>
      )}
    </section>
  );
}
