import { browser, defineBackground } from '#imports';
import { createBackground } from '@/utils/background/create-background';
import { nextMidnight } from '@/utils/background/next-midnight';
import { openPolarityDb } from '@/utils/db/schema';
import { listen } from '@/utils/messages';

const ROLLOVER = 'rollover';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  // Read late, not captured: e2e tests set the worker's clock to a fixed moment.
  const bg = createBackground({ db: openPolarityDb(), badge: action, now: () => Date.now() });
  listen(bg.handlers);

  const armRollover = () => browser.alarms.create(ROLLOVER, { when: nextMidnight(Date.now()) });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ROLLOVER) return;
    void armRollover();
    void bg.refresh();
  });
  // Without an onStartup listener Chrome doesn't wake the worker at browser start,
  // and the badge would stay blank until the next calendar visit.
  browser.runtime.onStartup.addListener(() => void bg.refresh());
  void armRollover();
  // The worker restarts often: the badge comes back from IndexedDB each time.
  void bg.refresh();
});
