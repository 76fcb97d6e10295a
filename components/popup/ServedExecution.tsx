import { useEffect, useState } from 'preact/hooks';
import type { ServedSummary, ServedTrend } from '@/utils/domain/report/served';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { sendMessage } from '@/utils/shared/messages';
import { text } from './text';

const trendMsg = ({ target, before, after, change }: ServedTrend): Msg => {
  const h = (m: number | null) => ({ minutes: m ?? 0 });
  if (change === 'down') return msg('serves_trend_down', target.title, h(before), h(after));
  if (change === 'up') return msg('serves_trend_up', target.title, h(before), h(after));
  if (change === 'same') return msg('serves_trend_same', target.title, h(after));
  return msg('serves_trend_unknown', target.title);
};

/**
 * Innovation that serves execution (issue 17): how much of the week's
 * innovation was linked with "Serves…" to an execution item, which items,
 * and whether a served item's execution time went down after the work.
 * Asks the background itself, so the week report stays as it is.
 */
export function ServedExecution({ offset }: { offset: number }) {
  const [served, setServed] = useState<ServedSummary | null>(null);
  useEffect(() => {
    let live = true;
    sendMessage('getServed', { offset }).then(
      (s) => live && setServed(s),
      () => live && setServed(null),
    );
    return () => {
      live = false;
    };
  }, [offset]);
  // Nothing innovative, nothing linked ever: no section to show.
  if (!served || (served.innovationMin === 0 && served.trend.length === 0)) return null;
  return (
    <section class="served" aria-labelledby="served-h" data-testid="served">
      <h2 id="served-h">{text(msg('serves_heading'))}</h2>
      {served.servedMin > 0 ? (
        <>
          <p>
            {text(
              msg('serves_share', { minutes: served.servedMin }, { minutes: served.innovationMin }),
            )}
          </p>
          <ul>
            {served.items.map((i) => (
              <li key={`${i.target.kind}:${i.target.key}`}>
                {text(msg('serves_item', i.target.title, { minutes: i.minutes }))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{text(msg('serves_empty'))}</p>
      )}
      {served.trend.length > 0 && (
        <>
          <h3>{text(msg('serves_trend_heading'))}</h3>
          <ul>
            {served.trend.map((t) => (
              <li key={`${t.target.kind}:${t.target.key}`} class={t.change === 'down' ? 'ok' : ''}>
                {text(trendMsg(t))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
