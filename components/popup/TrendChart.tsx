import type { TrendPoint } from '@/utils/domain/report/week-report';

const W = 336;
const H = 96;
const TOP = 14;
const BOTTOM = 18;
const BAR = 22;

const weekNo = (iso: string) => iso.replace(/^\d+-/, '');

function pointText(p: TrendPoint): string {
  if (p.innovationPercent === undefined) return `${weekNo(p.isoWeek)}: no data`;
  return `${weekNo(p.isoWeek)}: ${p.innovationPercent}% (${p.daysSeen} of 7 days seen)`;
}

/** The last eight weeks' innovation share against the target, the shown week last. */
export function TrendChart({ points, target }: { points: readonly TrendPoint[]; target: number }) {
  const top = Math.max(target * 2, 40, ...points.map((p) => p.innovationPercent ?? 0));
  const scale = Math.ceil(top / 10) * 10;
  const base = H - BOTTOM;
  const y = (percent: number) => base - (percent / scale) * (base - TOP);
  const col = W / Math.max(points.length, 1);
  return (
    <section aria-labelledby="trend-h">
      <h2 id="trend-h">Last {points.length} weeks</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Innovation share per week against a ${target}% target: ${points.map(pointText).join('; ')}`}
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
                {weekNo(p.isoWeek)}
              </text>
            </g>
          );
        })}
        <line class="chart__target" x1={0} x2={W} y1={y(target)} y2={y(target)} />
      </svg>
      <p class="muted small">Innovation % per week; the dashed line is your {target}% target.</p>
      <details>
        <summary>Show as a list</summary>
        <ul class="figures">
          {points.map((p) => (
            <li key={p.isoWeek}>{pointText(p)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
