import { useState } from 'preact/hooks';
import type { PlannedWeek } from '@/utils/domain/report/week-report';
import { bookableMinutes } from '@/utils/domain/week/plan';
import { msg } from '@/utils/shared/i18n/msg';
import { BookSlots } from './BookSlots';
import { text } from './text';

/** One week planned against the target: the split as booked, so far and ahead, the gap and its slots. */
export function PlannedWeekPanel({
  week,
  weekly,
  onOpen,
}: {
  week: PlannedWeek;
  weekly: boolean;
  onOpen(url: string): void;
}) {
  const [other, setOther] = useState(false);
  const id = `plan-${week.which}`;
  const title = text(msg(week.which === 'this' ? 'plan_this_week' : 'plan_next_week'));
  const gap = week.gapMin;
  return (
    <div class="plan-week" role="group" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {week.daysSeen === 0 ? (
        <p>
          {text(msg('plan_unseen'))}{' '}
          <button type="button" class="link" onClick={() => onOpen(week.calendarUrl)}>
            {text(msg('plan_open_week'))}
          </button>
        </p>
      ) : (
        <>
          <p class="plan-week__split">
            {week.plannedPercent === undefined
              ? text(msg('plan_nothing_planned'))
              : text(msg('plan_planned', week.plannedPercent, week.targetPercent))}
          </p>
          {week.which === 'this' && (
            <p class="muted small">
              {text(
                msg(
                  'plan_so_far',
                  { minutes: week.soFar.innovationMin },
                  { minutes: week.soFar.executionMin },
                ),
              )}
              <br />
              {text(
                msg(
                  'plan_ahead',
                  { minutes: week.ahead.innovationMin },
                  { minutes: week.ahead.executionMin },
                ),
              )}
            </p>
          )}
          {week.daysSeen < 7 && (
            <p class="muted small">{text(msg('plan_days_seen', week.daysSeen))}</p>
          )}
          <p class={gap === 0 ? 'plan-week__gap ok' : 'plan-week__gap below'} data-testid="gap">
            {gap === undefined
              ? text(msg('plan_out_of_reach', week.targetPercent))
              : gap === 0
                ? text(msg('plan_on_target'))
                : text(msg('plan_gap', { minutes: bookableMinutes(gap) }, week.targetPercent))}
          </p>
          {gap !== 0 && (
            <>
              {week.slots.length === 0 && <p class="muted">{text(msg('plan_no_slots'))}</p>}
              <BookSlots
                slots={week.slots}
                label={`${title}: ${text(msg('plan_slots_label'))}`}
                weekly={weekly}
                onOpen={onOpen}
              />
              {week.otherSlots.length > 0 && (
                <label class="small">
                  <input
                    type="checkbox"
                    checked={other}
                    onChange={(e) => setOther(e.currentTarget.checked)}
                  />{' '}
                  {text(msg('plan_other_hours'))}
                </label>
              )}
              {other && (
                <BookSlots
                  slots={week.otherSlots}
                  label={`${title}: ${text(msg('plan_other_slots_label'))}`}
                  weekly={weekly}
                  onOpen={onOpen}
                />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
