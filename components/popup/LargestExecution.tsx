import type { ExecutionItem } from '@/utils/domain/report/week-report';
import { formatHours } from './format-hours';

/** Where execution time goes, recurring series counted as one item. */
export function LargestExecution({ items }: { items: readonly ExecutionItem[] }) {
  if (items.length === 0) return null;
  const max = items[0]!.minutes;
  return (
    <section aria-labelledby="largest-h">
      <h2 id="largest-h">Largest execution items</h2>
      <ol class="largest">
        {items.map((item) => (
          <li key={item.seriesId}>
            <span class="largest__row">
              <span class="title">{item.title}</span>
              <span class="largest__hours">{formatHours(item.minutes)}</span>
            </span>
            {item.occurrences > 1 && (
              <span class="muted largest__series">
                {item.recurring ? 'series' : 'repeated'}, {item.occurrences} times
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
