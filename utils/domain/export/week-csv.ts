import { format } from 'date-fns';
import { reasonText } from '@/utils/domain/classify/reason-text';
import type { ReportEvent } from '@/utils/domain/report/week-report';
import { clip, totalMinutes } from '@/utils/domain/week/intervals';
import { enExport } from '@/utils/shared/i18n/messages/export/en';
import { msg, type Msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, render, type Reader } from '@/utils/shared/i18n/render';
import type { Category } from '@/utils/shared/types';
import { toCsv, type CsvValue } from './to-csv';

const COLUMNS: readonly Msg['key'][] = [
  'export_col_date',
  'export_col_start',
  'export_col_end',
  'export_col_minutes',
  'export_col_title',
  'export_col_category',
  'export_col_reason',
  'export_col_counted',
  'export_col_calendar',
];

const CATEGORY: Record<Category, Msg['key']> = {
  execution: 'export_cat_execution',
  innovation: 'export_cat_innovation',
  excluded: 'export_cat_excluded',
};

function counted(e: ReportEvent): Msg['key'] {
  if (e.declined) return 'export_counted_declined';
  if (e.category === 'excluded' || e.kind !== 'timed') return 'export_counted_excluded';
  return 'export_counted_yes';
}

/** English, the CSV as it always was: for readers without a language of their own. */
const ENGLISH: Reader = catalogueReader(enExport, 'en');

/**
 * The week's events, one row each, in the browser's time zone. Minutes are the
 * event's length within the week, so rows of an event crossing the week's
 * edge add up with the neighbouring week's export. Column names, categories,
 * reasons and "counted" in the reader's language (the popup passes the
 * browser's); dates and times stay ISO, for spreadsheets in any language.
 */
export function weekCsv(
  events: readonly ReportEvent[],
  range: { start: number; end: number },
  reader: Reader = ENGLISH,
): string {
  const t = (key: Msg['key']) => render(msg(key), reader);
  const rows = [...events]
    .sort((a, b) => a.start - b.start || a.title.localeCompare(b.title))
    .map((e): CsvValue[] => {
      const timed = e.kind === 'timed';
      return [
        timed ? format(e.start, 'yyyy-MM-dd') : e.day,
        timed ? format(e.start, 'HH:mm') : '',
        timed ? format(e.end, 'HH:mm') : '',
        timed ? Math.round(totalMinutes(clip([[e.start, e.end]], range.start, range.end))) : 0,
        e.title,
        t(CATEGORY[e.category]),
        reasonText(e, reader),
        t(counted(e)),
        e.calendarName ?? '',
      ];
    });
  return toCsv(
    COLUMNS.map((c) => t(c)),
    rows,
  );
}
