import { expect, test } from 'vitest';
import { firstRunHandlers, opensWelcome } from '@/utils/background/first-run';
import { setMeta } from '@/utils/domain/db/meta';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { googleCalendar } from '@/utils/gcal/source';
import { POPUP_COMMAND } from '@/utils/shared/shortcut';

test('the welcome page opens on a first install only, never on an update', () => {
  expect(opensWelcome({ reason: 'install' })).toBe(true);
  for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update']) {
    expect(opensWelcome({ reason })).toBe(false);
  }
});

test('the calendar link comes from the calendar source, on the account last viewed', async () => {
  const db = openPolarityDb('first-run-1');
  const { getCalendarUrl } = firstRunHandlers({ db, urls: googleCalendar.urls });
  expect(await getCalendarUrl()).toEqual({ url: googleCalendar.urls.week(0) });
  await setMeta(await db, 'lastAccount', 2);
  expect(await getCalendarUrl()).toEqual({ url: googleCalendar.urls.week(2) });
});

test('the popup shortcut is the action command, Alt+Shift+Y by default', () => {
  expect(POPUP_COMMAND).toEqual({
    _execute_action: { suggested_key: { default: 'Alt+Shift+Y' } },
  });
});
