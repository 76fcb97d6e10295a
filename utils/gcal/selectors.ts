// The page's stable hooks: attributes and roles that have survived every
// Calendar redesign since 2019. Obfuscated class names are deliberately absent.

/** The current view; during a transition several exist and the last one is current. */
export const MAIN = '[role="main"]';
/** A grid's range as date keys; the end is inclusive. */
export const GRID_RANGE = '[data-start-date-key][data-end-date-key]';
/** Any grid cell: a timed day column, an all-day cell, a month cell. */
export const GRID_CELL = '[role="gridcell"]';
/** A timed day column of the day, week and custom views. */
export const TIMED_COLUMN = '[role="gridcell"][data-column-index][data-datekey]';
/** An all-day cell of the week view's top row (no column index). */
export const ALL_DAY_CELL = '[role="gridcell"]:not([data-column-index])';
/** An event chip. Never bare `[data-eventid]`: resize handles share the id. */
export const EVENT_CHIP = '[data-eventchip][data-eventid]';
/** Any chip-like node, readable or not: used to tell "no events" from "cannot read". */
export const ANY_CHIP = '[data-eventchip]';
/** Anything carrying an event id: resize handles and task checkboxes too, so used only to count. */
export const ANY_EVENT_ID = '[data-eventid]';
/** The inner button of a month-view or all-day chip. */
export const STACKED_CHIP = '[data-stacked-layout-chip]';
export const DATE_KEY = '[data-datekey]';
/** Month view's "N more" button: the hidden events are not in the DOM. */
export const DAY_OVERVIEW = '[data-opens-day-overview="true"]';
export const ROW = '[role="row"]';

/** The event popover, also used by the quick "create event" popup. */
export const CHIPS_DIALOG = '[role="dialog"][data-chips-dialog="true"]';
/** Present in the popover only for events (not tasks, not the create popup). */
export const POPOVER_EVENT = '#xDetDlg[data-eventid]';
export const POPOVER_TITLE = '#rAECCd';
export const POPOVER_WHEN = '#xDetDlgWhen';
/** `data-text="Name – calendarId"`. */
export const POPOVER_CALENDAR = '#xDetDlgCal';
export const POPOVER_CLOSE = '#xDetDlgCloseBu';
/** Names the Calendar account's time zone (one source only). */
export const ACCOUNT_TIMEZONE = '#xUserInfo #xTimezone';

export const ATTR = {
  viewKey: 'data-viewkey',
  eventId: 'data-eventid',
  dateKey: 'data-datekey',
  startDateKey: 'data-start-date-key',
  endDateKey: 'data-end-date-key',
  columnIndex: 'data-column-index',
  ariaHidden: 'aria-hidden',
  style: 'style',
} as const;
