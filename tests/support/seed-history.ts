import { addDays, startOfDay } from 'date-fns';
import type { Db, DayRecord, OverrideRecord, TagRecord } from '@/utils/domain/db/schema';
import type { CalEvent } from '@/utils/shared/types';
import { dayKey, weekRange } from '@/utils/domain/week/week-range';

export interface SeedOptions {
  now: number;
  years?: number;
  account?: number;
}

// A deterministic generator: every run times exactly the same history.
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const TITLES = ['Customer call', 'Ops review', 'Hiring panel', '1:1', 'Incident review', 'Budget'];

/**
 * A plausible leader's calendar for `years` up to next week: a daily standup
 * series, four to seven meetings a weekday, two innovation blocks a week,
 * a few tags and an override every third week. For the first-render benchmark.
 */
export async function seedHistory(db: Db, { now, years = 3, account = 0 }: SeedOptions) {
  const rand = lcg(42);
  const last = addDays(startOfDay(now), 7);
  const first = addDays(last, -Math.round(years * 365));
  const days: DayRecord[] = [];
  const overrides: OverrideRecord[] = [];
  let weekIndex = 0;
  for (let date = first; date < last; date = addDays(date, 1)) {
    const day = dayKey(date);
    const at = (h: number) => date.getTime() + h * 3_600_000;
    const ev = (id: string, seriesId: string, title: string, h1: number, h2: number): CalEvent => ({
      eid: id,
      id,
      seriesId,
      calendarId: 'me',
      title,
      day,
      start: at(h1),
      end: at(h2),
      kind: 'timed',
      declined: rand() < 0.03,
      hasGuests: true,
    });
    const events: CalEvent[] = [];
    const dow = date.getDay();
    if (dow === 1) weekIndex++;
    if (dow >= 1 && dow <= 5) {
      events.push(ev(`standup_${day}`, 'standup', 'Standup', 9, 9.25));
      let h = 9.5;
      const meetings = 4 + Math.floor(rand() * 4);
      for (let i = 0; i < meetings && h < 17; i++) {
        const len = [0.5, 1, 1.5][Math.floor(rand() * 3)]!;
        const title = TITLES[Math.floor(rand() * TITLES.length)]!;
        events.push(ev(`m${i}_${day}`, `m${i}_${day}`, title, h, h + len));
        h += len + (rand() < 0.5 ? 0 : 0.5);
      }
      if (dow === 2 || dow === 4) {
        const block = ev(`s_${day}`, 'strategy', 'Strategy time', 14, 16);
        events.push(block);
        if (dow === 2 && weekIndex % 3 === 0) {
          overrides.push({
            key: `overlap:${block.id}`,
            account,
            block,
            cause: 'overlap',
            by: {
              id: `x_${day}`,
              eid: `x_${day}`,
              title: 'Escalation',
              start: at(14),
              end: at(15),
            },
            minutesLost: 60,
            detectedAt: at(13),
            state: 'open',
            weekStart: weekRange(date, 1).start,
          });
        }
      }
    }
    days.push({ account, day, events, full: true, seenAt: now });
  }
  const tags: TagRecord[] = TITLES.slice(0, 3).map((title, i) => ({
    account,
    scope: 'event',
    id: `m0_${dayKey(addDays(first, i + 1))}`,
    category: 'innovation',
    title,
    at: now,
  }));
  const tx = db.transaction(['days', 'overrides', 'tags', 'meta'], 'readwrite');
  await Promise.all([
    ...days.map((d) => tx.objectStore('days').put(d)),
    ...overrides.map((o) => tx.objectStore('overrides').put(o)),
    ...tags.map((t) => tx.objectStore('tags').put(t)),
    tx.objectStore('meta').put({ key: 'lastAccount', value: account }),
    tx.objectStore('meta').put({
      key: `status:${account}`,
      value: { account, status: 'ok', view: 'week', weekStartsOn: 1, at: now },
    }),
    tx.done,
  ]);
  return { days: days.length, events: days.reduce((n, d) => n + d.events.length, 0) };
}
