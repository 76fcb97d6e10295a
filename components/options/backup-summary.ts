import { format } from 'date-fns';
import type { Backup } from '@/utils/domain/backup/validate-backup';
import { dateOf, dateTimeOf } from '@/utils/shared/i18n/dates';
import { parseDayKey } from '@/utils/domain/week/week-range';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const day = (key: string, lang: string) => dateOf(parseDayKey(key).getTime(), lang);

/** What a backup holds, in one sentence, for the restore confirmation. */
export function backupSummary(b: Backup, lang: string): string {
  const days = b.days.map((d) => d.day).sort();
  const span =
    days.length > 0 ? ` (${day(days[0]!, lang)} to ${day(days[days.length - 1]!, lang)})` : '';
  const rules =
    b.rules === undefined
      ? 'no rules (an older backup: your rules stay as they are)'
      : plural(b.rules.length, 'rule');
  return (
    `${plural(b.days.length, 'day')} of history${span}, ${plural(b.tags.length, 'tag')}, ` +
    `${plural(b.overrides.length, 'override')}, ${rules} and settings`
  );
}

/** "Nov 25, 2026, 2:05 PM" (en-US), "25 Nov 2026, 14:05" (en-GB): in the browser's zone and language. */
export const whenMade = (iso: string, lang: string) => dateTimeOf(new Date(iso).getTime(), lang);

/** `polarity-backup-2026-11-25.json`: sorts by date in a folder. */
export const backupFileName = (now: number) => `polarity-backup-${format(now, 'yyyy-MM-dd')}.json`;
