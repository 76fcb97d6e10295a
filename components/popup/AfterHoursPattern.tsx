import type { AfterHoursPattern as Pattern } from '@/utils/domain/report/week-report';
import { msg } from '@/utils/shared/i18n/msg';
import { BookSlots } from './BookSlots';
import { shortDate, text } from './text';

/** Two weeks running of innovation mostly after hours: the essay's reason, and room inside the day. */
export function AfterHoursPattern({
  pattern,
  weekly,
  onOpen,
}: {
  pattern: Pattern;
  weekly: boolean;
  onOpen(url: string): void;
}) {
  return (
    <div class="pattern warning" role="note" aria-labelledby="pattern-h">
      <h3 id="pattern-h">{text(msg('plan_pattern_heading'))}</h3>
      <ul>
        {pattern.weeks.map((w) => (
          <li key={w.firstDay}>
            {text(msg('plan_pattern_weeks', shortDate(w.firstDay), w.percent))}
          </li>
        ))}
      </ul>
      <p>{text(msg('plan_pattern_reason'))}</p>
      <BookSlots
        slots={pattern.slots}
        label={text(msg('plan_slots_label'))}
        weekly={weekly}
        onOpen={onOpen}
      />
    </div>
  );
}
