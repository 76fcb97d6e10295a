import { percentFormat } from '@/utils/shared/i18n/formats';
import type { Text } from '../use-text';

type Words = Pick<Text, 't' | 'lang'>;

/** Hours to one decimal, rounded like the badge's tooltip so the two read the same. */
const tenths = (min: number) => Math.round((min / 60) * 10) / 10;

/** `9.5 h`, `9,5 Std.`: the number by Intl in the reader's language, the unit from the catalogue. */
export const formatHours = (min: number, { t }: Words): string => t('popup_hours', tenths(min));

/** The short form under a chart's bar: `9.5h`, `9,5 h`. */
export const chartHours = (min: number, { t }: Words): string =>
  t('popup_chart_hours', tenths(min));

/** `45 min`, `2 h`, `1 h 30 min`: block lengths, where minutes matter. */
export function formatMinutes(min: number, { t }: Words): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return t('unit_minutes', m);
  return m === 0 ? t('unit_hours', h) : t('unit_hours_minutes', h, m);
}

/** `24%`, `24 %`: a whole percentage, by Intl in the reader's language. */
export const formatPercent = (percent: number, { lang }: Words): string =>
  percentFormat(lang).format(percent / 100);

/** `W48`, `KW 48`: an ISO week (`2026-W48`) by its two-digit number, in the reader's words. */
export const weekNumber = (isoWeek: string, { t }: Words): string =>
  t('popup_week_number', isoWeek.replace(/^\d+-W/, ''));
