import type { StructureAnswer, CalendarSource } from '@/utils/calendar/source';
import type { CalEvent, Snapshot } from '@/utils/shared/types';
import { fakeAccount, FAKE_ORIGIN, type FakeRead } from './page-source';

const isRead = (v: unknown): v is FakeRead =>
  typeof v === 'object' &&
  v !== null &&
  (v as FakeRead).fake === 1 &&
  Array.isArray((v as FakeRead).events);

const at = (day: string, hm: string) => {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = hm.split(':').map(Number);
  return new Date(y!, m! - 1, d!, h!, min!).getTime();
};

function event(e: FakeRead['events'][number]): CalEvent {
  return {
    eid: e.id,
    id: e.id,
    seriesId: e.id.replace(/_\d+$/, ''),
    calendarId: 'fake',
    title: e.title.trim(),
    day: e.day,
    start: at(e.day, e.start),
    end: at(e.day, e.end),
    kind: 'timed',
    declined: false,
    hasGuests: false,
  };
}

export const fakeCalendar: CalendarSource = {
  tabPattern: `${FAKE_ORIGIN}/*`,
  accountOf: fakeAccount,
  // The fake page holds nothing personal: its structure is already safe.
  structure: (raw) => raw as StructureAnswer,
  interpret(read): Snapshot | null {
    if (!isRead(read)) return null;
    const events = read.events.map(event);
    return {
      account: read.account,
      view: 'week',
      fullDays: [...new Set(events.map((e) => e.day))],
      partialDays: [],
      events,
      status: 'ok',
      readAt: read.readAt,
    };
  },
  describePopover: (pop) => ({
    eid: pop.eid,
    id: pop.eid,
    seriesId: pop.eid,
    title: pop.title,
    kind: 'timed',
    calendarId: 'fake',
  }),
  markerCss: (categories) =>
    Object.entries(categories)
      .map(
        ([id, c]) =>
          `[data-fake-id="${id.replace(/[^\w-]/g, '')}"] { outline: 2px solid; --polarity: ${c}; }`,
      )
      .join('\n'),
  urls: {
    week: (account, day) => `${FAKE_ORIGIN}/a/${account}/week/${day ?? ''}`,
    event: (account, eid) => `${FAKE_ORIGIN}/a/${account}/event/${encodeURIComponent(eid)}`,
    newEvent: (account, title) =>
      `${FAKE_ORIGIN}/a/${account}/new?title=${encodeURIComponent(title)}`,
    isOwn: (url) => url.startsWith(`${FAKE_ORIGIN}/`),
  },
};
