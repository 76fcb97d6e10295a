/**
 * The popup's keyboard shortcut (manifest `commands`, MV3 in both browsers).
 * Alt+Shift+P: free in Chrome, Firefox and Google Calendar (whose own
 * shortcuts are single keys). The user can change it; Options reads the
 * binding the browser actually has (commands.getAll).
 */
export const POPUP_SHORTCUT = 'Alt+Shift+P';
export const POPUP_COMMAND_NAME = '_execute_action';
export const POPUP_COMMAND = {
  [POPUP_COMMAND_NAME]: { suggested_key: { default: POPUP_SHORTCUT } },
};
