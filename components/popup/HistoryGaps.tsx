import type { HistoryGap } from '@/utils/domain/report/week-report';
import { weekSpan } from '@/utils/shared/i18n/dates';
import { dayKey, parseDayKey } from '@/utils/domain/week/week-range';
import { useText } from '../use-text';

const isWebUrl = (url: string) => url.startsWith('https://');

/** A week's first and last day, for its span in words. */
function weekEnds(first: string): string[] {
  const day = parseDayKey(first);
  return [first, dayKey(new Date(day.getFullYear(), day.getMonth(), day.getDate() + 6))];
}

/** Where the trend has holes, say why and link each missing week in the calendar. */
export function HistoryGaps({ gaps }: { gaps: readonly HistoryGap[] }) {
  const { t, lang } = useText();
  if (gaps.length === 0) return null;
  return (
    <div class="gaps" data-testid="history-gaps">
      <p class="small">{t('popup_gaps_intro')}</p>
      <ul class="gaps__list small">
        {gaps
          .filter((g) => isWebUrl(g.calendarUrl))
          .map((g) => (
            <li key={g.isoWeek}>
              <a href={g.calendarUrl} target="_blank" rel="noopener noreferrer">
                {t('popup_gap_link', weekSpan(weekEnds(g.firstDay), lang), g.daysSeen)}
              </a>
            </li>
          ))}
      </ul>
    </div>
  );
}
