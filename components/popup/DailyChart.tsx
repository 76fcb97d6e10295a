import type { DayBar } from '@/utils/domain/report/week-report';
import { dayDateOf, weekdayOf } from '@/utils/shared/i18n/dates';
import { useText, type Text } from '../use-text';
import { chartHours, formatHours } from './format-hours';

const W = 336;
const H = 132;
const TOP = 16;
const BOTTOM = 20;
const COL = W / 7;
const BAR = 26;
// An eight-hour day fills most of the height; longer days rescale the chart.
const MIN_SCALE = 8 * 60;

/** Each day's execution and innovation as stacked bars, with the same figures as a table. */
export function DailyChart({ days }: { days: readonly DayBar[] }) {
  const text = useText();
  const { t, lang } = text;
  const scale = Math.max(MIN_SCALE, ...days.map((d) => d.executionMin + d.innovationMin));
  const px = (min: number) => (min / scale) * (H - TOP - BOTTOM);
  const base = H - BOTTOM;
  const summary = days.map((d) => t('popup_daily_day', weekdayOf(d.day, lang), dayText(d, text)));
  return (
    <section aria-labelledby="daily-h">
      <h2 id="daily-h">{t('popup_section_daily')}</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('popup_daily_label', summary.join('; '))}
      >
        <line class="chart__axis" x1={0} x2={W} y1={base + 0.5} y2={base + 0.5} />
        {days.map((d, i) => {
          const x = i * COL + (COL - BAR) / 2;
          const exe = px(d.executionMin);
          const inn = px(d.innovationMin);
          const total = d.executionMin + d.innovationMin;
          return (
            <g key={d.day}>
              {d.seen || total > 0 ? (
                <>
                  <rect class="fill-execution" x={x} y={base - exe} width={BAR} height={exe} />
                  <rect
                    class="fill-innovation"
                    x={x}
                    y={base - exe - inn}
                    width={BAR}
                    height={inn}
                  />
                  {total > 0 && (
                    <text class="chart__value" x={x + BAR / 2} y={base - exe - inn - 4}>
                      {chartHours(total, text)}
                    </text>
                  )}
                </>
              ) : (
                <rect
                  class="chart__unseen"
                  x={x + 0.5}
                  y={TOP}
                  width={BAR - 1}
                  height={base - TOP}
                />
              )}
              <text class="chart__label" x={i * COL + COL / 2} y={H - 5}>
                {weekdayOf(d.day, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('popup_show_table')}</summary>
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{t('popup_day')}</th>
              <th scope="col">{t('page_execution')}</th>
              <th scope="col">{t('page_innovation')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayDateOf(d.day, lang)}</th>
                {d.seen || d.executionMin + d.innovationMin > 0 ? (
                  <>
                    <td>{formatHours(d.executionMin, text)}</td>
                    <td>{formatHours(d.innovationMin, text)}</td>
                  </>
                ) : (
                  <td colSpan={2}>{t('popup_not_seen')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function dayText(d: DayBar, text: Text): string {
  if (!d.seen && d.executionMin + d.innovationMin === 0) return text.t('popup_not_seen');
  const hours = (min: number) => formatHours(min, text);
  return text.t('popup_daily_split', hours(d.executionMin), hours(d.innovationMin));
}
