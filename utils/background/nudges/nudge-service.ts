import { browser } from '#imports';
import type { CalendarUrls } from '@/utils/calendar/source';
import type { Db } from '@/utils/domain/db/schema';
import { getSettings, type Settings } from '@/utils/domain/settings/settings';
import type { Handlers } from '@/utils/shared/messages';
import { NUDGE_ACTIONS, type NudgeAction } from '@/utils/shared/nudge';
import type { Snapshot } from '@/utils/shared/types';
import { BROWSER } from '../browser-differences';
import { browserChannels, type NudgeChannels } from './channels';
import { NUDGE_KINDS } from './kinds';
import type { NudgeKind, NudgeKindFactory } from './nudge-kind';

const PREFIX = 'polarity:';

export interface NudgeDeps {
  db: Promise<Db>;
  now: () => number;
  /** The background's serial queue: every nudge write goes through it. */
  queue: <T>(job: () => Promise<T>) => Promise<T>;
  /** Recompute the badge (an override closed). */
  refresh: () => Promise<void>;
  urls: CalendarUrls;
  /** The calendar's tabs, for toasts (the source's tab pattern). */
  tabPattern: string;
  accountOf: (url: URL) => number;
  settings?: () => Promise<Settings>;
  channels?: NudgeChannels;
  kinds?: readonly NudgeKindFactory[];
}

export const notificationId = (key: string) => `${PREFIX}${key}`;
const keyOf = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined);

/**
 * Walks the nudge kinds: routes their alarms, notification clicks and toast
 * actions to the kind that owns the nudge, and runs the kinds found in page
 * reads before each read is saved.
 */
export function createNudgeService({
  settings = getSettings,
  kinds = NUDGE_KINDS,
  channels,
  ...deps
}: NudgeDeps) {
  const out = channels ?? browserChannels(deps);
  const env = { ...deps, settings, channels: out, notificationId };
  const all: NudgeKind[] = kinds.map((make) => make(env));

  /** Inside the queue, before the read is saved; the result sends what was found. */
  async function beforeSave(store: Db, snap: Snapshot) {
    const found = await Promise.all(all.map((k) => k.beforeSave?.(store, snap)));
    const sends = found.filter((f) => f !== undefined);
    return async (tabId?: number) => {
      for (const send of sends) await send(tabId).catch(() => undefined);
    };
  }

  async function act(key: string, action: NudgeAction): Promise<{ ok: boolean }> {
    const kind = all.find((k) => k.owns(key));
    if (!kind || !(await kind.act(key, action))) return { ok: false };
    // Whichever surface was used, the other one goes too.
    await out.clear(notificationId(key)).catch(() => undefined);
    await out.closed(key).catch(() => undefined);
    return { ok: true };
  }

  const handlers: Pick<Handlers, 'nudgeAction'> = {
    async nudgeAction(req) {
      if (typeof req?.key !== 'string' || !NUDGE_ACTIONS.includes(req.action)) return { ok: false };
      return act(req.key, req.action);
    },
  };

  /** Listeners go on at worker start, so a click or an alarm wakes the worker into them. */
  function watch() {
    const run = (id: string, action: NudgeAction) => {
      const key = keyOf(id);
      if (key !== undefined) void act(key, action);
    };
    // Without notification buttons (BROWSER) the click itself opens Calendar.
    browser.notifications.onButtonClicked?.addListener((id, index) =>
      run(id, index === 0 ? 'rebook' : 'open'),
    );
    browser.notifications.onClicked.addListener((id) => run(id, 'open'));
    // Closing it by hand is "dismiss"; our own clear() closes it with byUser false
    // in Chrome. Where a close does not say who closed it, the toast and popup remain.
    browser.notifications.onClosed.addListener(
      (id, byUser) => BROWSER.closedTellsByUser && byUser && run(id, 'dismiss'),
    );
    browser.alarms.onAlarm.addListener((alarm) => {
      for (const k of all) void k.alarms[alarm.name]?.();
    });
    for (const k of all) void k.start();
  }

  return { beforeSave, act, handlers, watch, kinds: all };
}
