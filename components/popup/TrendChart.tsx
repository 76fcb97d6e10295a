import type { TrendPoint } from '@/utils/domain/report/week-report';
import { useText, type Text } from '../use-text';
import { formatPercent, weekNumber } from './format-hours';

const W = 336;
const H = 96;
const TOP = 14;
const BOTTOM = 18;
const BAR = 22;

function pointText(p: TrendPoint, text: Text): string {
  const week = weekNumber(p.isoWeek, text);
  if (p.innovationPercent === undefined) return text.t('popup_trend_no_data', week);
  return text.t('popup_trend_point', week, formatPercent(p.innovationPercent, text), p.daysSeen);
}

/** The last eight weeks' innovation share against the target, the shown week last. */
export function TrendChart({ points, target }: { points: readonly TrendPoint[]; target: number }) {
  const text = useText();
  const { t } = text;
  const goal = formatPercent(target, text);
  const top = Math.max(target * 2, 40, ...points.map((p) => p.innovationPercent ?? 0));
  const scale = Math.ceil(top / 10) * 10;
  const base = H - BOTTOM;
  const y = (percent: number) => base - (percent / scale) * (base - TOP);
  const col = W / Math.max(points.length, 1);
  return (
    <section aria-labelledby="trend-h">
      <h2 id="trend-h">{t('popup_section_trend', points.length)}</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('popup_trend_label', goal, points.map((p) => pointText(p, text)).join('; '))}
      >
        <line class="chart__axis" x1={0} x2={W} y1={base + 0.5} y2={base + 0.5} />
        {points.map((p, i) => {
          const x = i * col + (col - BAR) / 2;
          const last = i === points.length - 1;
          return (
            <g key={p.isoWeek}>
              {p.innovationPercent === undefined ? (
                <text class="chart__value" x={x + BAR / 2} y={base - 4}>
                  –
                </text>
              ) : (
                <>
                  <rect
                    class={last ? 'fill-innovation' : 'fill-innovation fill-muted'}
                    x={x}
                    y={y(p.innovationPercent)}
                    width={BAR}
                    height={base - y(p.innovationPercent)}
                  />
                  <text class="chart__value" x={x + BAR / 2} y={y(p.innovationPercent) - 3}>
                    {p.innovationPercent}
                  </text>
                </>
              )}
              <text class={last ? 'chart__label strong' : 'chart__label'} x={x + BAR / 2} y={H - 4}>
                {weekNumber(p.isoWeek, text)}
              </text>
            </g>
          );
        })}
        <line class="chart__target" x1={0} x2={W} y1={y(target)} y2={y(target)} />
      </svg>
      <p class="muted small">{t('popup_trend_note', goal)}</p>
      <details>
        <summary>{t('popup_show_list')}</summary>
        <ul class="figures">
          {points.map((p) => (
            <li key={p.isoWeek}>{pointText(p, text)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
