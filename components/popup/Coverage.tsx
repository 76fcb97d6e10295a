import { format } from 'date-fns';
import type { CoverageSummary } from '@/utils/domain/report/week-report';
import { parseDayKey } from '@/utils/domain/week/week-range';

/** How much of the week was actually seen: a split is only as good as its coverage. */
export function Coverage({ coverage }: { coverage: CoverageSummary }) {
  const complete = coverage.missing.length === 0;
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">Coverage</h2>
      <p data-testid="coverage">
        {coverage.seen} of {coverage.total} days seen
        {!complete && (
          <span class="muted">
            {' · missing '}
            {coverage.missing.map((d) => format(parseDayKey(d), 'EEE')).join(', ')}
          </span>
        )}
      </p>
      {!complete && (
        <p>
          <a href={coverage.calendarUrl} target="_blank" rel="noopener noreferrer">
            Open the missing days in Google Calendar
          </a>
        </p>
      )}
    </section>
  );
}
