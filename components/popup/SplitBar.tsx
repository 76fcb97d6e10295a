import type { SplitSummary } from '@/utils/domain/report/week-report';
import { useText, type Text } from '../use-text';
import { formatHours, formatPercent } from './format-hours';

function verdict(split: SplitSummary, { t, n }: Text): string {
  if (split.vsTarget === undefined) return '';
  if (split.vsTarget === 0) return t('popup_on_target');
  const points = Math.abs(split.vsTarget);
  return n(split.vsTarget > 0 ? 'popup_above_target' : 'popup_below_target', points);
}

/** The week's innovation share as one bar, filled from the left, with the target marked. */
export function SplitBar({ split }: { split: SplitSummary }) {
  const text = useText();
  const { t } = text;
  const { innovationPercent: inn, executionPercent: exe, targetPercent: target } = split;
  if (inn === undefined || exe === undefined) {
    return (
      <section class="split" aria-labelledby="split-h">
        <h2 id="split-h">{t('popup_split')}</h2>
        <p>{t('popup_nothing_counted')}</p>
      </section>
    );
  }
  const label = t('popup_split_label', inn, exe, target);
  return (
    <section class="split" aria-labelledby="split-h">
      <h2 id="split-h" class="visually-hidden">
        {t('popup_split')}
      </h2>
      <p class="split__headline">
        <strong class="split__percent" data-testid="split-percent">
          {formatPercent(inn, text)}
        </strong>{' '}
        {t('popup_headline_innovation')}{' '}
        <span class="muted">· {t('popup_headline_target', target)}</span>
      </p>
      <p class={split.vsTarget! >= 0 ? 'split__verdict ok' : 'split__verdict below'}>
        {verdict(split, text)}
      </p>
      <div class="split__bar" role="img" aria-label={label}>
        <span class="split__fill">
          {inn > 0 && <span class="split__innovation" style={{ width: `${inn}%` }} />}
          {exe > 0 && <span class="split__execution" style={{ width: `${exe}%` }} />}
        </span>
        <span class="split__target" style={{ left: `${target}%` }} />
      </div>
      <div class="split__scale" aria-hidden="true">
        <span class="split__target-label" style={{ left: `${target}%` }}>
          {t('popup_target_mark')}
        </span>
      </div>
      <dl class="split__legend">
        <div>
          <dt>
            <span class="swatch swatch--innovation" aria-hidden="true" />
            {t('page_innovation')}
          </dt>
          <dd>
            {formatHours(split.innovationMin, text)} · {formatPercent(inn, text)}
          </dd>
        </div>
        <div>
          <dt>
            <span class="swatch swatch--execution" aria-hidden="true" />
            {t('page_execution')}
          </dt>
          <dd>
            {formatHours(split.executionMin, text)} · {formatPercent(exe, text)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
