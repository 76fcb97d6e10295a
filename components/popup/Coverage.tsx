import type { CoverageSummary } from '@/utils/domain/report/week-report';
import { weekdayOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';

/** How much of the week was actually seen: a split is only as good as its coverage. */
export function Coverage({ coverage }: { coverage: CoverageSummary }) {
  const { lang, t } = useText();
  const missing = new Intl.ListFormat(lang, { style: 'short', type: 'unit' }).format(
    coverage.missing.map((d) => weekdayOf(d, lang)),
  );
  const complete = coverage.missing.length === 0;
  return (
    <section aria-labelledby="coverage-h">
      <h2 id="coverage-h">{t('popup_coverage')}</h2>
      <p data-testid="coverage">
        {t('popup_days_seen', coverage.seen, coverage.total)}
        {!complete && <span class="muted"> · {t('popup_missing_days', missing)}</span>}
      </p>
      {!complete && (
        <p>
          <a href={coverage.calendarUrl} target="_blank" rel="noopener noreferrer">
            {t('popup_open_missing_days')}
          </a>
        </p>
      )}
    </section>
  );
}
