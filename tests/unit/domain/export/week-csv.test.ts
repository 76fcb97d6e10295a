import { expect, test } from 'vitest';
import { exportFileName } from '@/utils/domain/export/export-file-name';
import { weekCsv } from '@/utils/domain/export/week-csv';
import type { ReportEvent } from '@/utils/domain/report/week-report';
import { weekRange } from '@/utils/domain/week/week-range';
import { at } from '../report/events';

const week = weekRange(at(24, 12), 1);

function ev(title: string, d: number, h1: number, h2: number, over: Partial<ReportEvent> = {}) {
  return {
    id: title,
    seriesId: title,
    title,
    day: `2026-11-${d}`,
    start: at(d, h1),
    end: at(d, h2),
    kind: 'timed',
    declined: false,
    category: 'execution',
    reason: 'no innovation keyword',
    source: 'default',
    ...over,
  } satisfies ReportEvent;
}

const lines = (csv: string) => csv.trimEnd().split('\r\n');

test('one row per event in time order: date, start, end, minutes, category, reason', () => {
  const csv = weekCsv(
    [
      ev('Strategy', 25, 14, 15.5, { category: 'innovation', reason: "keyword 'strategy'" }),
      ev('Standup', 24, 9, 9.25, { calendarName: 'Work' }),
    ],
    week,
  );
  expect(lines(csv)).toEqual([
    'date,start,end,minutes,title,category,reason,counted,calendar',
    '2026-11-24,09:00,09:15,15,Standup,execution,no innovation keyword,yes,Work',
    "2026-11-25,14:00,15:30,90,Strategy,innovation,keyword 'strategy',yes,",
  ]);
});

test('untrusted titles are quoted and defused; declined and all-day rows say they do not count', () => {
  const csv = weekCsv(
    [
      ev('=cmd|"/c calc"!A1', 24, 10, 11),
      ev('Offsite, day 1', 26, 0, 24, {
        kind: 'allday',
        category: 'excluded',
        reason: 'all-day event',
      }),
      ev('Skip me', 27, 9, 10, { declined: true }),
    ],
    week,
  );
  expect(lines(csv).slice(1)).toEqual([
    `2026-11-24,10:00,11:00,60,"'=cmd|""/c calc""!A1",execution,no innovation keyword,yes,`,
    '2026-11-26,,,0,"Offsite, day 1",excluded,all-day event,no (excluded),',
    '2026-11-27,09:00,10:00,60,Skip me,execution,no innovation keyword,no (declined),',
  ]);
});

test('minutes are those inside the week', () => {
  const csv = weekCsv([ev('Release night', 29, 22, 26)], week);
  expect(lines(csv)[1]).toBe(
    '2026-11-29,22:00,02:00,120,Release night,execution,no innovation keyword,yes,',
  );
});

test('files are named after the ISO week', () => {
  expect(exportFileName('2026-W48', 'csv')).toBe('polarity-2026-W48.csv');
  expect(exportFileName('2026-W48', 'json')).toBe('polarity-2026-W48-data.json');
  expect(exportFileName('../2026-W48', 'csv')).toBe('polarity-2026-W48.csv');
});
