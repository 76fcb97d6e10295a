import type { ExecutionItem } from '@/utils/domain/report/week-report';
import { useText } from '../use-text';
import { formatHours } from './format-hours';

/** Where execution time goes, recurring series counted as one item. */
export function LargestExecution({ items }: { items: readonly ExecutionItem[] }) {
  const text = useText();
  const { t, n } = text;
  if (items.length === 0) return null;
  const max = items[0]!.minutes;
  return (
    <section aria-labelledby="largest-h">
      <h2 id="largest-h">{t('popup_section_largest')}</h2>
      <ol class="largest">
        {items.map((item) => (
          <li key={item.seriesId}>
            <span class="largest__row">
              <span class="title">{item.title}</span>
              <span class="largest__hours">{formatHours(item.minutes, text)}</span>
            </span>
            {item.occurrences > 1 && (
              <span class="muted largest__series">
                {n(
                  item.recurring ? 'popup_largest_series' : 'popup_largest_repeated',
                  item.occurrences,
                )}
              </span>
            )}
            <span class="largest__bar" aria-hidden="true">
              <span style={{ width: `${Math.max(2, (item.minutes / max) * 100)}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
