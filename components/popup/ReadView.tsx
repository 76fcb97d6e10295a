import { ErrorDetail } from './ErrorDetail';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import { dayDateOf, weekdayOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import { formatHours } from './format-hours';
import { excludedLine, verdict, whyText } from './read-view-text';
import type { ReadPanel } from './store';

function Summary({ s }: { s: ReadSummary }) {
  const text = useText();
  const { t, n, lang } = text;
  const partial = s.days.filter((d) => d.partial).length;
  const notCounted = excludedLine(s.excludedCounts, text);
  return (
    <>
      <p class={s.status === 'ok' ? 'verdict' : 'verdict alert'} data-testid="read-verdict">
        {verdict(s, text)}
      </p>
      {s.status !== 'ok' && <p class="small">{t('popup_read_not_stored')}</p>}
      <dl class="read-facts">
        <dt>{t('popup_read_chips_found')}</dt>
        <dd data-testid="chips-found">{s.chipsFound}</dd>
        <dt>{t('popup_read_chips_unread')}</dt>
        <dd data-testid="chips-unread">{s.unreadableChips}</dd>
        <dt>{t('popup_read_not_counted')}</dt>
        <dd data-testid="not-counted">{notCounted || t('popup_read_nothing')}</dd>
      </dl>
      {s.days.length > 0 && (
        <table class="read-days">
          <caption>{t('popup_read_per_day')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('popup_day')}</th>
              <th scope="col">{t('popup_read_events')}</th>
              <th scope="col">{t('popup_read_time')}</th>
            </tr>
          </thead>
          <tbody>
            {s.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  {dayDateOf(d.day, lang)}
                  {d.partial && <span class="muted"> · {t('popup_read_partly')}</span>}
                </th>
                <td>
                  {d.counted}
                  {d.timeBlocks > 0 && (
                    <span class="muted"> {n('popup_read_time_blocks', d.timeBlocks)}</span>
                  )}
                </td>
                <td>{formatHours(d.minutes, text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {partial > 0 && <p class="muted small">{t('popup_read_partly_note')}</p>}
      {s.excluded.length > 0 && (
        <>
          <h3>{t('popup_read_why_heading')}</h3>
          <ul class="read-excluded">
            {s.excluded.map((e, i) => (
              <li key={i}>
                {e.title || t('popup_read_no_title')}{' '}
                <span class="muted">
                  · {whyText(e.why, text)} · {weekdayOf(e.day, lang)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export interface ReadViewProps {
  panel: ReadPanel;
  onBack(): void;
  onSaveReport(): void;
}

/** "Show what Polarity read": the last read of this page, what was found and what was counted. */
export function ReadView({ panel, onBack, onSaveReport }: ReadViewProps) {
  const { t } = useText();
  return (
    <section class="read-view" aria-labelledby="read-h">
      <button type="button" class="link" onClick={onBack}>
        {t('popup_read_back')}
      </button>
      <h1 id="read-h">{t('popup_read_heading')}</h1>
      {panel.status === 'loading' && <p role="status">{t('popup_read_loading')}</p>}
      {panel.status === 'error' && (
        <div role="alert">
          <p>{t('popup_read_error')}</p>
          <ErrorDetail error={panel.error} />
        </div>
      )}
      {panel.status === 'ready' && panel.summary === null && <p>{t('popup_read_none')}</p>}
      {panel.status === 'ready' && panel.summary && <Summary s={panel.summary} />}
      {panel.status === 'ready' && panel.summary && (
        <section aria-labelledby="report-h" class="page-report">
          <h2 id="report-h">{t('popup_read_report_heading')}</h2>
          <p class="muted small">{t('popup_read_report_note')}</p>
          <button type="button" onClick={onSaveReport}>
            {t('popup_read_report_save')}
          </button>
          <p class="muted small" role="status">
            {panel.notice ?? ''}
          </p>
          <ErrorDetail error={panel.noticeDetail} />
        </section>
      )}
    </section>
  );
}
