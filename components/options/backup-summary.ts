import { format } from 'date-fns';
import type { Backup } from '@/utils/domain/backup/validate-backup';
import { dateOf, dateTimeOf } from '@/utils/shared/i18n/dates';
import { msg, plural, type Msg } from '@/utils/shared/i18n/msg';
import { parseDayKey } from '@/utils/domain/week/week-range';

const day = (key: string, lang: string) => dateOf(parseDayKey(key).getTime(), lang);

/** `4 days`, `4 Tage`, `4日`: Intl's own words for a number of days. */
export const daysText = (n: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);

/** What a backup holds, in one sentence, for the restore confirmation. */
export function backupSummary(b: Backup, lang: string): Msg {
  const days = b.days.map((d) => d.day).sort();
  const rules =
    b.rules === undefined
      ? msg('options_old_backup_rules')
      : plural('options_rules', b.rules.length);
  const counts = [
    plural('options_tags', b.tags.length),
    plural('options_overrides', b.overrides.length),
    rules,
  ];
  const held = daysText(b.days.length, lang);
  return days.length > 0
    ? msg(
        'options_backup_holds',
        held,
        day(days[0]!, lang),
        day(days[days.length - 1]!, lang),
        ...counts,
      )
    : msg('options_backup_holds_no_days', held, ...counts);
}

/** "Nov 25, 2026, 2:05 PM" (en-US), "25 Nov 2026, 14:05" (en-GB): in the browser's zone and language. */
export const whenMade = (iso: string, lang: string) => dateTimeOf(new Date(iso).getTime(), lang);

/** `polarity-backup-2026-11-25.json`: sorts by date in a folder. */
export const backupFileName = (now: number) => `polarity-backup-${format(now, 'yyyy-MM-dd')}.json`;
