import type { ReadSummary } from '@/utils/domain/report/read-summary';
import { dayDateOf, weekdayOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import { formatHours } from './format-hours';
import { excludedLine, verdict } from './read-view-text';
import type { ReadPanel } from './store';

function Summary({ s }: { s: ReadSummary }) {
  const { lang } = useText();
  const partial = s.days.filter((d) => d.partial).length;
  const notCounted = excludedLine(s.excludedCounts);
  return (
    <>
      <p class={s.status === 'ok' ? 'verdict' : 'verdict alert'} data-testid="read-verdict">
        {verdict(s)}
      </p>
      {s.status !== 'ok' && (
        <p class="small">
          Nothing from this page was stored: your figures are as they were. A page report (below)
          shows what the page looks like now, so it can be fixed.
        </p>
      )}
      <dl class="read-facts">
        <dt>Event chips found</dt>
        <dd data-testid="chips-found">{s.chipsFound}</dd>
        <dt>Chips Polarity couldn’t read</dt>
        <dd data-testid="chips-unread">{s.unreadableChips}</dd>
        <dt>Not counted</dt>
        <dd data-testid="not-counted">{notCounted || 'nothing'}</dd>
      </dl>
      {s.days.length > 0 && (
        <table class="read-days">
          <caption>Counted per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Events</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {s.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  {dayDateOf(d.day, lang)}
                  {d.partial && <span class="muted"> · partly shown</span>}
                </th>
                <td>
                  {d.counted}
                  {d.timeBlocks > 0 && (
                    <span class="muted">
                      {' '}
                      ({d.timeBlocks} time block{d.timeBlocks === 1 ? '' : 's'})
                    </span>
                  )}
                </td>
                <td>{formatHours(d.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {partial > 0 && (
        <p class="muted small">
          Partly shown: a chip there couldn’t be read, or “N more” hides events. Polarity keeps what
          it stored for those days and only adds to it.
        </p>
      )}
      {s.excluded.length > 0 && (
        <>
          <h3>Not counted, and why</h3>
          <ul class="read-excluded">
            {s.excluded.map((e, i) => (
              <li key={i}>
                {e.title || '(no title)'}{' '}
                <span class="muted">
                  · {e.why} · {weekdayOf(e.day, lang)}
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
  return (
    <section class="read-view" aria-labelledby="read-h">
      <button type="button" class="link" onClick={onBack}>
        ← Back to the week
      </button>
      <h1 id="read-h">What Polarity read</h1>
      {panel.status === 'loading' && <p role="status">Looking at the last read…</p>}
      {panel.status === 'error' && <p role="alert">Couldn’t ask Polarity: {panel.error}</p>}
      {panel.status === 'ready' && panel.summary === null && (
        <p>
          Polarity hasn’t read a Google Calendar page since the browser started. Open one, then look
          again.
        </p>
      )}
      {panel.status === 'ready' && panel.summary && <Summary s={panel.summary} />}
      {panel.status === 'ready' && panel.summary && (
        <section aria-labelledby="report-h" class="page-report">
          <h2 id="report-h">Report a problem</h2>
          <p class="muted small">
            Saves the page’s structure as a file to attach to a bug report. Every title, name,
            address, description and id in it is replaced by a placeholder.
          </p>
          <button type="button" onClick={onSaveReport}>
            Save a page report
          </button>
          <p class="muted small" role="status">
            {panel.notice ?? ''}
          </p>
        </section>
      )}
    </section>
  );
}
