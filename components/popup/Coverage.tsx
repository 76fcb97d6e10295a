import type { CoverageSummary } from '@/utils/domain/report/week-report';
import { weekdayOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';

/** How much of the week was actually seen: a split is only as good as its coverage. */
export function Coverage({ coverage }: { coverage: CoverageSummary }) {
  const { lang } = useText();
  const complete = coverage.missing.length === 0;
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">Coverage</h2>
      <p data-testid="coverage">
        {coverage.seen} of {coverage.total} days seen
        {!complete && (
          <span class="muted">
            {' · missing '}
            {coverage.missing.map((d) => weekdayOf(d, lang)).join(', ')}
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
