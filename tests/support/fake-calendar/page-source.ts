import type { CalendarPageSource } from '@/utils/calendar/source';

// A second calendar, as small as a calendar can be: one list of events, one
// attribute per fact. It proves the seam: it runs through Polarity's own
// content-script and background code with nothing changed outside this folder.
//
//   <ul data-fake-week>
//     <li data-fake-id="a1" data-day="2026-11-24" data-start="9:00" data-end="10:00">Title</li>
//   </ul>
//   <div data-fake-popover="a1">Title</div>   (the open event's popover)

export const FAKE_ORIGIN = 'https://fake-calendar.test';

/** What the fake page half finds: the events as written. */
export interface FakeRead {
  fake: 1;
  account: number;
  readAt: number;
  events: { id: string; day: string; start: string; end: string; title: string }[];
}

export const fakePageSource: CalendarPageSource = {
  matches: [`${FAKE_ORIGIN}/*`],
  extract(root, url): FakeRead {
    const events = [...root.querySelectorAll('[data-fake-week] [data-fake-id]')].map((li) => ({
      id: li.getAttribute('data-fake-id') ?? '',
      day: li.getAttribute('data-day') ?? '',
      start: li.getAttribute('data-start') ?? '',
      end: li.getAttribute('data-end') ?? '',
      title: li.textContent ?? '',
    }));
    return { fake: 1, account: fakeAccount(url), readAt: Date.now(), events };
  },
  accountOf: (url) => fakeAccount(url),
  watchedAttributes: ['data-fake-id', 'data-start', 'data-end'],
  findPopover(doc) {
    const dialog = doc.querySelector<HTMLElement>('[data-fake-popover]');
    const eid = dialog?.getAttribute('data-fake-popover');
    return dialog && eid ? { dialog, eid, title: dialog.textContent ?? '' } : null;
  },
  popoverAttributes: ['data-fake-popover'],
  structure: (doc, url) => ({
    structure: { items: doc.querySelectorAll('[data-fake-id]').length },
    read: fakePageSource.extract(doc, url),
    ids: {},
  }),
};

/** `/a/<n>/` in the address names the account. */
export function fakeAccount(url: URL): number {
  const n = Number(/\/a\/(\d+)\//.exec(url.pathname)?.[1] ?? 0);
  return Number.isInteger(n) ? n : 0;
}
