import type { ReviewEvent } from '@/utils/domain/report/week-events';
import { useStore } from '../use-store';
import type { Text } from '../use-text';
import { offered, sameTarget } from './serves';
import type { ReviewStore } from './store';

/**
 * "Serves…" on an innovation row: a native select (keyboard and screen
 * readers for free), the current link chosen, "nothing" to remove it.
 * Titles are text only.
 */
export function ServesSelect(props: {
  e: ReviewEvent;
  when: string;
  store: ReviewStore;
  text: Text;
}) {
  const { e, store } = props;
  const { t } = props.text;
  const row = useStore(store).serves[e.id];
  if (e.category !== 'innovation' || !row) return null;
  const targets = offered(row);
  const current = row.current?.target;
  const at = current ? targets.findIndex((x) => sameTarget(x, current)) : -1;
  const id = `serves-${e.id}`;
  return (
    <p class="review-serves">
      <label for={id}>{t('review_serves_label')}</label>
      <select
        id={id}
        aria-label={t('review_serves_event', e.title, props.when)}
        value={at < 0 ? '' : String(at)}
        onChange={(ev) => {
          const v = (ev.target as HTMLSelectElement).value;
          void store.serve(e, v === '' ? null : (targets[Number(v)] ?? null));
        }}
      >
        <option value="">{t('review_serves_none')}</option>
        {targets.map((x, i) => (
          <option key={`${x.kind}:${x.key}`} value={String(i)}>
            {x.title}
          </option>
        ))}
      </select>
    </p>
  );
}
