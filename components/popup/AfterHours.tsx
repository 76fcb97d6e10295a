import type { AfterHoursSummary } from '@/utils/domain/report/week-report';
import { formatHours } from './format-hours';

/** Innovation done outside working hours: it counts, and too much of it is a warning sign. */
export function AfterHours({ summary }: { summary: AfterHoursSummary }) {
  if (summary.innovationMin <= 0) return null;
  return (
    <section aria-labelledby="after-h">
      <h2 id="after-h">After hours</h2>
      <p>
        {summary.afterHoursMin === 0
          ? 'All innovation time was within working hours.'
          : `${formatHours(summary.afterHoursMin)} of ${formatHours(summary.innovationMin)} ` +
            `innovation (${summary.percent}%) was outside working hours.`}
      </p>
      {summary.high && (
        <p class="warning" role="note">
          Innovation squeezed into evenings after a full day of execution is a path to burnout: book
          it inside the working day.
        </p>
      )}
    </section>
  );
}
