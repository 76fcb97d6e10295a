import type { CalendarPageSource } from '@/utils/calendar/source';
import { googleChipMarks } from './chip-marks';
import { extractView } from './extract-view';
import { rawStructure } from './page-raw';
import { findOpenPopover } from './popover';
import { ATTR, CHIPS_DIALOG } from './selectors';
import { PAGES } from './urls';
import { viewFromUrl } from './view-from-url';

/** Google Calendar, page half: what the content script runs in a Calendar tab. */
export const googlePageSource: CalendarPageSource = {
  matches: [PAGES],
  extract: (root, url) => extractView(root, url),
  accountOf: (url) => viewFromUrl(url).account,
  // Calendar swaps views by replacing nodes; these are the attributes it
  // rewrites in place when it reuses a node for another day or event.
  watchedAttributes: [ATTR.eventId, ATTR.dateKey, ATTR.viewKey, ATTR.startDateKey],
  findPopover: (doc) => findOpenPopover(doc),
  popoverAttributes: [ATTR.eventId, ATTR.style, 'class', 'hidden', ATTR.ariaHidden],
  // Chips change class and style on every hover and scroll: only the dialogs matter.
  popoverRoots: (doc) => [...doc.querySelectorAll(CHIPS_DIALOG)],
  chipMarks: googleChipMarks,
  structure: (doc, url) => rawStructure(doc, url, extractView(doc, url)),
};
