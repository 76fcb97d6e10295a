// Representative records for every store, with every optional field used
// somewhere: what a backup, a restore, an upgrade and a prune must keep.
import type {
  Db,
  DayRecord,
  MetaRecord,
  OverrideRecord,
  ServesRecord,
  TagRecord,
} from '@/utils/domain/db/schema';
import type { Rule } from '@/utils/domain/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import type { CalEvent } from '@/utils/shared/types';

export const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const key = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function sampleEvent(
  id: string,
  [y, m, d]: [number, number, number],
  over: Partial<CalEvent> = {},
): CalEvent {
  return {
    eid: `eid-${id}`,
    id,
    seriesId: id.replace(/_\d{8}T\d{6}Z$/, ''),
    calendarId: 'me@example.com',
    title: `Event ${id}`,
    day: key(y, m, d),
    start: at(y, m, d, 9),
    end: at(y, m, d, 10),
    kind: 'timed',
    declined: false,
    hasGuests: false,
    ...over,
  };
}

export function sampleDay(
  account: number,
  date: [number, number, number],
  events: CalEvent[],
  full = true,
): DayRecord {
  return { account, day: key(...date), events, full, seenAt: at(...date, 20) };
}

export const SAMPLE_DAYS: DayRecord[] = [
  sampleDay(
    0,
    [2026, 11, 23],
    [
      sampleEvent('standup_20261123T090000Z', [2026, 11, 23], {
        title: 'Standup',
        calendarName: 'Work',
        rsvp: 'accepted',
        color: 'rgb(3, 155, 229)',
        colorName: 'Peacock',
        hasGuests: true,
      }),
      sampleEvent('lab', [2026, 11, 23], {
        title: 'Prototype lab <b>&"',
        start: at(2026, 11, 23, 14),
        end: at(2026, 11, 23, 15),
      }),
    ],
  ),
  sampleDay(0, [2026, 11, 24], []),
  sampleDay(0, [2026, 11, 28], [sampleEvent('off', [2026, 11, 28], { kind: 'allday' })], false),
  sampleDay(1, [2026, 11, 23], [sampleEvent('other', [2026, 11, 23], { declined: true })]),
];

export const SAMPLE_TAGS: TagRecord[] = [
  {
    account: 0,
    scope: 'series',
    id: 'standup',
    category: 'innovation',
    title: 'Standup',
    at: at(2026, 11, 23, 12),
  },
  {
    account: 0,
    scope: 'event',
    id: 'lab',
    category: 'excluded',
    title: 'Prototype lab',
    at: at(2026, 11, 23, 12),
  },
  {
    account: 1,
    scope: 'event',
    id: 'other',
    category: 'execution',
    title: 'Other',
    at: at(2026, 11, 23, 13),
  },
];

/** The lab series serves the standup series (database version 3 on). */
export const SAMPLE_SERVES: ServesRecord[] = [
  {
    account: 0,
    scope: 'event',
    id: 'lab',
    target: { kind: 'series', key: 'standup', title: 'Standup' },
    at: at(2026, 11, 23, 12, 30),
  },
];

// Cast, not annotated: the nudge fields (nudge, rebook, closedAt) must not
// depend on which version of the override record type is in the tree.
export const SAMPLE_OVERRIDES = [
  {
    key: '[0,"lab","overlap","standup"]',
    account: 0,
    block: sampleEvent('lab', [2026, 11, 23]),
    cause: 'overlap',
    by: {
      id: 'standup',
      eid: 'eid-standup',
      title: 'Standup',
      start: at(2026, 11, 23, 9),
      end: at(2026, 11, 23, 10),
    },
    minutesLost: 30,
    detectedAt: at(2026, 11, 23, 8),
    state: 'open',
    weekStart: at(2026, 11, 23),
    nudge: 'sent',
    rebook: { start: at(2026, 11, 24, 14), end: at(2026, 11, 24, 16) },
  },
  {
    key: '[0,"old","deleted",""]',
    account: 0,
    block: sampleEvent('old', [2026, 11, 16]),
    cause: 'deleted',
    minutesLost: 60,
    detectedAt: at(2026, 11, 17),
    state: 'dismissed',
    weekStart: at(2026, 11, 16),
    closedAt: at(2026, 11, 17, 1),
  },
] as OverrideRecord[];

export const SAMPLE_META: MetaRecord[] = [
  { key: 'lastAccount', value: 0 },
  {
    key: 'status:0',
    value: { account: 0, status: 'ok', view: 'week', weekStartsOn: 1, at: at(2026, 11, 23, 20) },
  },
  {
    key: 'status:1',
    value: {
      account: 1,
      status: 'unreadable',
      reason: 'no chips',
      view: 'week',
      at: at(2026, 11, 23, 21),
    },
  },
];

export const SAMPLE_RULES: Rule[] = [
  {
    id: 'r1',
    when: { type: 'regex', pattern: '^okr', caseSensitive: true },
    category: 'execution',
  },
  {
    id: 'r2',
    when: { type: 'keywords', keywords: ['offsite', 'deep work'] },
    category: 'innovation',
  },
  { id: 'r3', when: { type: 'guests', hasGuests: false }, category: 'innovation' },
];

export const SAMPLE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  targetPercent: 33,
  targetPreset: 'custom',
  weekStart: 0,
  workingDays: [0, 1, 2, 3, 4],
  workStart: 8 * 60 + 30,
  workEnd: 17 * 60,
  nudges: {
    overrides: false,
    nextWeek: true,
    quietOutsideWorkingHours: false,
    streak: true,
    afterHours: false,
  },
  innovationKeywords: ['prototype', 'deep work'],
  retentionMonths: 36,
  blockName: 'Deep work',
};

/** Puts every sample record in, each store in its own transaction. */
export async function fillSample(db: Db): Promise<void> {
  for (const d of SAMPLE_DAYS) await db.put('days', d);
  for (const t of SAMPLE_TAGS) await db.put('tags', t);
  // Only a database at version 3 or later has the store.
  if (db.objectStoreNames.contains('serves'))
    for (const s of SAMPLE_SERVES) await db.put('serves', s);
  for (const o of SAMPLE_OVERRIDES) await db.put('overrides', o);
  for (const m of SAMPLE_META) await db.put('meta', m);
}

/** Every store's records, in key order. */
export async function dumpDb(db: Db) {
  const [days, tags, serves, overrides, meta] = await Promise.all([
    db.getAll('days'),
    db.getAll('tags'),
    db.objectStoreNames.contains('serves') ? db.getAll('serves') : [],
    db.getAll('overrides'),
    db.getAll('meta'),
  ]);
  return { days, tags, serves, overrides, meta };
}

/** The sample as a version-2 backup file, parsed from its JSON (a fresh copy each call). */
export function sampleFile() {
  return JSON.parse(
    JSON.stringify({
      format: 'polarity-data',
      version: 2,
      exportedAt: '2026-11-25T12:00:00.000Z',
      dbVersion: 2,
      settings: SAMPLE_SETTINGS,
      rules: SAMPLE_RULES,
      days: SAMPLE_DAYS,
      tags: SAMPLE_TAGS,
      overrides: SAMPLE_OVERRIDES,
      meta: SAMPLE_META,
    }),
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
