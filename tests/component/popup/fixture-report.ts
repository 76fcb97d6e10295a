import type { WeekReport } from '@/utils/domain/report/week-report';

const at = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);

/** A plain week: 24% innovation against a 20% target, five days seen, one block overridden. */
export function fixtureReport(over: Partial<WeekReport> = {}): WeekReport {
  return {
    state: 'week',
    account: 0,
    accounts: [0],
    offset: 0,
    isoWeek: '2026-W48',
    days,
    start: at(23, 0),
    end: at(30, 0),
    hasData: true,
    split: {
      executionMin: 1710,
      innovationMin: 540,
      innovationPercent: 24,
      executionPercent: 76,
      targetPercent: 20,
      vsTarget: 4,
    },
    daily: days.map((day, i) => ({
      day,
      executionMin: i < 5 ? 342 : 0,
      innovationMin: i === 1 ? 240 : i === 3 ? 300 : 0,
      seen: i < 5,
    })),
    blocks: [
      {
        id: 'b1',
        title: 'Strategy: next horizon',
        start: at(24, 9),
        end: at(24, 13),
        minutes: 240,
        status: 'kept',
        overrides: [],
        minutesLost: 0,
        overlapMin: 0,
      },
      {
        id: 'b2',
        title: 'Prototype <img src=x onerror=alert(1)>',
        start: at(26, 14),
        end: at(26, 16),
        minutes: 120,
        status: 'overridden',
        overrides: [
          {
            cause: 'overlap',
            byTitle: 'Escalation call',
            minutesLost: 60,
            state: 'open',
            rebookUrl: 'https://calendar.google.com/calendar/r/eventedit?text=Prototype',
          },
        ],
        minutesLost: 60,
        overlapMin: 60,
      },
    ],
    afterHours: { innovationMin: 540, afterHoursMin: 60, percent: 11, high: false },
    largest: [
      { seriesId: 'st', title: 'Standup', minutes: 300, occurrences: 5, recurring: true },
      { seriesId: 'qr', title: 'Quarterly review', minutes: 180, occurrences: 1, recurring: false },
    ],
    coverage: {
      seen: 5,
      total: 7,
      missing: ['2026-11-28', '2026-11-29'],
      calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/28',
    },
    trend: [41, 42, 43, 44, 45, 46, 47, 48].map((w, i) => ({
      isoWeek: `2026-W${w}`,
      firstDay: `2026-10-${String(5 + i * 7).padStart(2, '0')}`,
      daysSeen: i === 0 ? 0 : 7,
      ...(i === 0 ? {} : { innovationPercent: 10 + i * 2 }),
      calendarUrl: `https://calendar.google.com/calendar/u/0/r/week/2026/10/${5 + i * 7}`,
    })),
    question: 'Which recurring meeting could your team own without you?',
    events: [
      {
        id: 'e1',
        seriesId: 'st',
        title: '=HYPERLINK("x")',
        day: '2026-11-24',
        start: at(24, 8),
        end: at(24, 9),
        kind: 'timed',
        declined: false,
        category: 'execution',
        reason: 'Auto: no innovation keyword',
        source: 'default',
      },
    ],
    gaps: [
      {
        isoWeek: '2026-W41',
        firstDay: '2026-10-05',
        daysSeen: 0,
        calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/10/5',
      },
    ],
    next: { kind: 'tag', count: 1 },
    ...over,
  };
}
