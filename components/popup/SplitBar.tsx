import type { SplitSummary } from '@/utils/domain/report/week-report';
import { formatHours } from './format-hours';

function verdict(split: SplitSummary): string {
  if (split.vsTarget === undefined) return '';
  if (split.vsTarget === 0) return 'On target';
  const points = Math.abs(split.vsTarget);
  const unit = points === 1 ? 'point' : 'points';
  return split.vsTarget > 0 ? `${points} ${unit} above target` : `${points} ${unit} below target`;
}

/** The week's innovation share as one bar, filled from the left, with the target marked. */
export function SplitBar({ split }: { split: SplitSummary }) {
  const { innovationPercent: inn, executionPercent: exe, targetPercent: target } = split;
  if (inn === undefined || exe === undefined) {
    return (
      <section class="split" aria-labelledby="split-h">
        <h2 id="split-h">Split</h2>
        <p>No execution or innovation time counted this week.</p>
      </section>
    );
  }
  const label = `Innovation ${inn}%, execution ${exe}%, target ${target}% innovation`;
  return (
    <section class="split" aria-labelledby="split-h">
      <h2 id="split-h" class="visually-hidden">
        Split
      </h2>
      <p class="split__headline">
        <strong class="split__percent" data-testid="split-percent">
          {inn}%
        </strong>{' '}
        innovation <span class="muted">· target {target}%</span>
      </p>
      <p class={split.vsTarget! >= 0 ? 'split__verdict ok' : 'split__verdict below'}>
        {verdict(split)}
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
          target
        </span>
      </div>
      <dl class="split__legend">
        <div>
          <dt>
            <span class="swatch swatch--innovation" aria-hidden="true" />
            Innovation
          </dt>
          <dd>
            {formatHours(split.innovationMin)} · {inn}%
          </dd>
        </div>
        <div>
          <dt>
            <span class="swatch swatch--execution" aria-hidden="true" />
            Execution
          </dt>
          <dd>
            {formatHours(split.executionMin)} · {exe}%
          </dd>
        </div>
      </dl>
    </section>
  );
}
