import { expect, test } from 'vitest';
import { weekCsv } from '@/utils/domain/export/week-csv';
import type { ReportEvent } from '@/utils/domain/report/week-report';
import { weekRange } from '@/utils/domain/week/week-range';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, fill } from '@/utils/shared/i18n/render';
import { at } from '../report/events';

const week = weekRange(at(24, 12), 1);
const lines = (csv: string) => csv.trimEnd().split('\r\n');

const strategy: ReportEvent = {
  id: 's',
  seriesId: 's',
  title: 'Strategy',
  day: '2026-11-25',
  start: at(25, 14),
  end: at(25, 15.5),
  kind: 'timed',
  declined: true,
  category: 'innovation',
  because: msg('reason_keyword', 'strategy'),
  reason: "Auto: keyword 'strategy'",
  source: 'default',
};

test.each(['de', 'ja', 'pl'])(
  'in %s: column names, category, reason and "counted" in the reader’s words; dates stay ISO',
  (locale) => {
    const m = CATALOGUES[locale]!;
    const [header, row] = lines(weekCsv([strategy], week, catalogueReader(m, locale)));
    expect(header).toBe(
      ['date', 'start', 'end', 'minutes', 'title', 'category', 'reason', 'counted', 'calendar']
        .map((c) => m[`export_col_${c}`])
        .join(','),
    );
    expect(row).toBe(
      [
        '2026-11-25',
        '14:00',
        '15:30',
        '90',
        'Strategy',
        m.export_cat_innovation,
        fill(m.reason_keyword!, ['strategy']),
        m.export_counted_declined,
        '',
      ]
        .map((v) => (/[",\r\n]/.test(v!) ? `"${v!.replaceAll('"', '""')}"` : v))
        .join(','),
    );
  },
);

test('without a reader: the English CSV as before, reasons in their English words', () => {
  const [header, row] = lines(weekCsv([strategy], week));
  expect(header).toBe('date,start,end,minutes,title,category,reason,counted,calendar');
  expect(row).toBe(
    "2026-11-25,14:00,15:30,90,Strategy,innovation,Auto: keyword 'strategy',no (declined),",
  );
});
