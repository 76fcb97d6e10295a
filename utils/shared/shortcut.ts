/**
 * The popup's keyboard shortcut (manifest `commands`, MV3 in both browsers).
 * Alt+Shift+Y: free in Chrome, Firefox and Google Calendar (whose own
 * shortcuts are single keys). Not Alt+Shift+P: Chromium silently leaves that
 * one unassigned (tests/e2e/welcome.e2e.test.ts caught it). The user can change it; Options reads the
 * binding the browser actually has (commands.getAll).
 */
export const POPUP_SHORTCUT = 'Alt+Shift+Y';
export const POPUP_COMMAND_NAME = '_execute_action';
export const POPUP_COMMAND = {
  [POPUP_COMMAND_NAME]: { suggested_key: { default: POPUP_SHORTCUT } },
};
