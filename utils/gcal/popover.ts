// The event popover ("bubble") of Google Calendar, as observed up to 2026.
// See shared docs google-calendar-dom.md, "The popover".

const DIALOG = '[role=dialog][data-chips-dialog="true"]';
const DETAILS = '#xDetDlg[data-eventid]';

export interface OpenPopover {
  /** The dialog itself: our UI mounts as its direct child, which Calendar leaves alone. */
  dialog: HTMLElement;
  /** The open event's `data-eventid`; the same dialog is reused for the next chip. */
  eid: string;
  title: string;
  calendarName?: string;
  calendarId?: string;
}

/**
 * Calendar leaves hidden dialogs in the page, so only one with layout boxes
 * counts. This forces layout: call it from a batched observer, never while
 * parsing the whole page.
 */
export const isRendered = (el: Element): boolean => el.getClientRects().length > 0;

/** `#xDetDlgCal[data-text="Name – calendarId"]`: split at the last dash. */
function calendarOf(details: Element): Pick<OpenPopover, 'calendarName' | 'calendarId'> {
  const text = details.querySelector('#xDetDlgCal')?.getAttribute('data-text') ?? '';
  const cut = text.lastIndexOf(' – ');
  if (cut < 0) return text.trim() ? { calendarName: text.trim() } : {};
  return { calendarName: text.slice(0, cut).trim(), calendarId: text.slice(cut + 3).trim() };
}

/** The visible event popover, or null (none open, a task, or the quick-create popup). */
export function findOpenPopover(
  doc: Document,
  visible: (el: Element) => boolean = isRendered,
): OpenPopover | null {
  const dialogs = [...doc.querySelectorAll<HTMLElement>(DIALOG)].reverse();
  for (const dialog of dialogs) {
    const details = dialog.querySelector(DETAILS);
    const eid = details?.getAttribute('data-eventid');
    if (!details || !eid || !visible(dialog)) continue;
    const title = details.querySelector('#rAECCd')?.textContent?.trim() ?? '';
    return { dialog, eid, title, ...calendarOf(details) };
  }
  return null;
}
