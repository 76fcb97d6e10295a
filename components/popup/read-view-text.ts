import { format } from 'date-fns';
import type { ExcludedWhy, ReadSummary } from '@/utils/domain/report/read-summary';
import type { MessageKey, PluralKey } from '@/utils/shared/i18n/msg';
import type { ViewKind } from '@/utils/shared/types';
import type { Text } from '../use-text';

/** `polarity-page-report-week-2026-11-25.json` */
export const pageReportFileName = (view: string, at: number): string =>
  `polarity-page-report-${view}-${format(at, 'yyyy-MM-dd')}.json`;

/** A reason as a sentence: "Can't read this view: …". */
export const sentence = (reason: string): string =>
  reason.charAt(0).toUpperCase() + reason.slice(1);

type WhyName =
  'declined' | 'task' | 'all_day' | 'holiday' | 'birthday' | 'working_location' | 'out_of_office';

// The reasons, most useful first, by their names in the catalogue.
const WHY: [ExcludedWhy, WhyName][] = [
  ['declined', 'declined'],
  ['task', 'task'],
  ['all-day', 'all_day'],
  ['holiday', 'holiday'],
  ['birthday', 'birthday'],
  ['working location', 'working_location'],
  ['out of office', 'out_of_office'],
];
const NAME = new Map(WHY);

/** "declined", "Aufgabe": why one event is not counted. */
export const whyText = (why: ExcludedWhy, { t }: Pick<Text, 't'>): string =>
  t(`popup_why_${NAME.get(why) ?? 'task'}` as MessageKey);

/** "1 declined, 2 tasks, 1 all-day": the reasons, most useful first; empty when none. */
export function excludedLine(counts: ReadSummary['excludedCounts'], { n, lang }: Text): string {
  const parts = WHY.filter(([w]) => counts[w]).map(([w, name]) =>
    n(`popup_count_${name}` as PluralKey, counts[w]!),
  );
  return new Intl.ListFormat(lang, { style: 'short', type: 'unit' }).format(parts);
}

const VIEW: Record<ViewKind, MessageKey> = {
  day: 'popup_view_day',
  week: 'popup_view_week',
  customday: 'popup_view_customday',
  customweek: 'popup_view_customweek',
  month: 'popup_view_month',
  agenda: 'popup_view_agenda',
  year: 'popup_view_year',
  other: 'popup_view_current',
};

/** The verdict at the top of the view. */
export function verdict(s: ReadSummary, text: Text): string {
  if (s.status !== 'ok') return s.reason ? sentence(s.reason) : text.t('popup_read_cant');
  const counted = s.days.reduce((c, d) => c + d.counted, 0);
  return text.n('popup_read_verdict', counted, text.t(VIEW[s.view] ?? 'popup_view_current'));
}
