// The event popover ("bubble") of Google Calendar, as observed up to 2026.
// See shared docs google-calendar-dom.md, "The popover".

import type { OpenPopover } from '@/utils/calendar/source';
import { ATTR, CHIPS_DIALOG, POPOVER_CALENDAR, POPOVER_EVENT, POPOVER_TITLE } from './selectors';

export type { OpenPopover };

/**
 * Calendar leaves hidden dialogs in the page, so only one with layout boxes
 * counts. This forces layout: call it from a batched observer, never while
 * parsing the whole page.
 */
export const isRendered = (el: Element): boolean => el.getClientRects().length > 0;

/** `#xDetDlgCal[data-text="Name – calendarId"]`: split at the last dash. */
function calendarOf(details: Element): Pick<OpenPopover, 'calendarName' | 'calendarId'> {
  const text = details.querySelector(POPOVER_CALENDAR)?.getAttribute('data-text') ?? '';
  const cut = text.lastIndexOf(' – ');
  if (cut < 0) return text.trim() ? { calendarName: text.trim() } : {};
  return { calendarName: text.slice(0, cut).trim(), calendarId: text.slice(cut + 3).trim() };
}

/** The visible event popover, or null (none open, a task, or the quick-create popup). */
export function findOpenPopover(
  doc: Document,
  visible: (el: Element) => boolean = isRendered,
): OpenPopover | null {
  const dialogs = [...doc.querySelectorAll<HTMLElement>(CHIPS_DIALOG)].reverse();
  for (const dialog of dialogs) {
    const details = dialog.querySelector(POPOVER_EVENT);
    const eid = details?.getAttribute(ATTR.eventId);
    if (!details || !eid || !visible(dialog)) continue;
    const title = details.querySelector(POPOVER_TITLE)?.textContent?.trim() ?? '';
    return { dialog, eid, title, ...calendarOf(details) };
  }
  return null;
}
