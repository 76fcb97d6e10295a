import { browser, defineBackground } from '#imports';
import { PAGE_STYLES } from '@/components/page-styles';
import { createBackground } from '@/utils/background/create-background';
import { opensWelcome, WELCOME_PATH } from '@/utils/background/first-run';
import { nextMidnight } from '@/utils/background/next-midnight';
import { googleCalendar } from '@/utils/gcal/source';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { listen } from '@/utils/shared/messages';

const ROLLOVER = 'rollover';
const PRUNE = 'prune';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  // Read late, not captured: e2e tests set the worker's clock to a fixed moment.
  const bg = createBackground({
    db: openPolarityDb(),
    badge: action,
    now: () => Date.now(),
    source: googleCalendar,
    version: browser.runtime.getManifest().version,
    pageStyles: PAGE_STYLES,
  });
  listen(bg.receive);

  const armRollover = () => browser.alarms.create(ROLLOVER, { when: nextMidnight(Date.now()) });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE) void bg.prune();
    if (alarm.name !== ROLLOVER) return;
    void armRollover();
    void bg.refresh();
  });
  // Without an onStartup listener Chrome doesn't wake the worker at browser start,
  // and the badge would stay blank until the next calendar visit.
  browser.runtime.onStartup.addListener(() => void bg.refresh());
  // History beyond the retention setting goes at browser start, on install or update, and daily.
  browser.runtime.onStartup.addListener(() => void bg.prune());
  browser.runtime.onInstalled.addListener(() => void bg.prune());
  // First install only: the welcome page asks the role and the working week.
  browser.runtime.onInstalled.addListener((details) => {
    if (opensWelcome(details))
      void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  });
  void browser.alarms.get(PRUNE).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(PRUNE, { periodInMinutes: 24 * 60 });
  });
  void armRollover();
  // The worker restarts often: the badge comes back from IndexedDB each time.
  void bg.refresh();
});
