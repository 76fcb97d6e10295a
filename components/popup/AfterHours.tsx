import type { AfterHoursSummary } from '@/utils/domain/report/week-report';
import { useText } from '../use-text';
import { formatHours, formatPercent } from './format-hours';

/** Innovation done outside working hours: it counts, and too much of it is a warning sign. */
export function AfterHours({ summary }: { summary: AfterHoursSummary }) {
  const text = useText();
  const { t } = text;
  if (summary.innovationMin <= 0) return null;
  return (
    <section aria-labelledby="after-h">
      <h2 id="after-h">{t('popup_section_after_hours')}</h2>
      <p>
        {summary.afterHoursMin === 0
          ? t('popup_after_within')
          : t(
              'popup_after_outside',
              formatHours(summary.afterHoursMin, text),
              formatHours(summary.innovationMin, text),
              formatPercent(summary.percent ?? 0, text),
            )}
      </p>
      {summary.high && (
        <p class="warning" role="note">
          {t('popup_after_warning')}
        </p>
      )}
    </section>
  );
}
