import { browser } from '#imports';
import { daysInRange } from '../db/days';
import { getPageStatus } from '../db/meta';
import { getOverride, heldOverrides, putOverrides } from '../db/overrides';
import type { Db, OverrideRecord } from '../db/schema';
import type { Handlers } from '../messages';
import { eventUrl, newEventUrl, weekUrl } from '../overrides/calendar-urls';
import { findFreeSlot, type Slot } from '../overrides/free-slot';
import { parseNextWeekKey } from '../overrides/next-week';
import { overrideText, overrideToast, type NudgeAction } from '../overrides/nudge-text';
import { closeAs } from '../overrides/record-found';
import { isWorkingTime, nextWorkingTime } from '../overrides/working-time';
import { getSettings, resolveWeekStart, workingHoursOf, type Settings } from '../settings';
import { weekRange } from '../week/week-range';
import { BROWSER } from './browser-differences';
import { browserChannels, type NudgeChannels } from './nudge-channels';
import { createLateWeekNudge, NEXT_WEEK_ALARM } from './nudge-next-week';
import type { SnapshotOverrides } from './override-service';

export const HELD_ALARM = 'polarity-nudges-held';
const PREFIX = 'polarity:';
const ACTIONS: readonly NudgeAction[] = ['rebook', 'open', 'dismiss'];

export interface NudgeDeps {
  db: Promise<Db>;
  now: () => number;
  /** The background's serial queue: every override write goes through it. */
  queue: <T>(job: () => Promise<T>) => Promise<T>;
  /** Recompute the badge (an override closed). */
  refresh: () => Promise<void>;
  settings?: () => Promise<Settings>;
  channels?: NudgeChannels;
}

export const notificationId = (key: string) => `${PREFIX}${key}`;
const keyOf = (id: string) => (id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined);

/** Open in Calendar: the event's own page, or its week when the event is gone. */
export function openUrl(o: OverrideRecord): string {
  const own = o.cause === 'deleted' ? undefined : eventUrl(o.account, o.block.eid);
  return own ?? weekUrl(o.account, o.block.day);
}

/**
 * Notifications and toasts for overrides, their actions (Rebook, Open in
 * Calendar, Dismiss, from either), quiet hours and the late-week nudge.
 *
 * Quiet hours: outside working hours a new override is recorded at once (the
 * badge turns red) but its nudge is held, and delivered by an alarm at the
 * next working moment if the block is still ahead by then.
 */
export function createNudgeService({
  db,
  now,
  queue,
  refresh,
  settings = getSettings,
  channels = browserChannels(),
}: NudgeDeps) {
  const lateWeek = createLateWeekNudge({ db, now, settings, channels, notificationId });

  async function deliver(records: readonly OverrideRecord[], tabId?: number) {
    await Promise.all(
      records.map((o) =>
        channels
          .notify(notificationId(o.key), overrideText(o), ['Rebook', 'Open in Calendar'])
          .catch(() => undefined),
      ),
    );
    for (const account of new Set(records.map((o) => o.account))) {
      const mine = records.filter((o) => o.account === account).map(overrideToast);
      await channels
        .toast(mine, { account, ...(tabId !== undefined && { tabId }) })
        .catch(() => undefined);
    }
  }

  async function armHeld() {
    const at = nextWorkingTime(now(), workingHoursOf(await settings()));
    if (at !== undefined) await browser.alarms.create(HELD_ALARM, { when: at });
  }

  /** After a snapshot was stored: nudge in the tab it came from, or hold until working hours. */
  async function afterSnapshot(result: SnapshotOverrides, tabId?: number) {
    if (result.held) await armHeld();
    if (result.nudgeNow.length > 0) await deliver(result.nudgeNow, tabId);
  }

  async function deliverHeld() {
    const t = now();
    const s = await settings();
    if (s.nudges.quietOutsideWorkingHours && !isWorkingTime(t, workingHoursOf(s))) return armHeld();
    const due = await queue(async () => {
      const store = await db;
      const held = (await heldOverrides(store)).map((o): OverrideRecord => ({
        ...o,
        // Past blocks never raise nudges, nor do kinds turned off meanwhile.
        nudge: s.nudges.overrides && o.block.end > t ? 'sent' : 'skipped',
      }));
      await putOverrides(store, held);
      return held.filter((o) => o.nudge === 'sent');
    });
    await deliver(due);
  }

  /** The next free slot of the time lost, from the block's week (or now) on, then the week after. */
  async function freshSlot(o: OverrideRecord): Promise<Slot | undefined> {
    const s = await settings();
    const store = await db;
    const status = await getPageStatus(store, o.account);
    const from = Math.max(o.block.start, now());
    const week = weekRange(from, resolveWeekStart(s, status?.weekStartsOn));
    const next = weekRange(from, resolveWeekStart(s, status?.weekStartsOn), 1);
    const stored = await daysInRange(store, o.account, week.days[0]!, next.days[6]!);
    return findFreeSlot({
      minutes: o.minutesLost,
      days: [...week.days, ...next.days],
      events: stored.flatMap((d) => d.events),
      hours: workingHoursOf(s),
      notBefore: now(),
    });
  }

  /** Close an open (or, to rebook, dismissed) override; false when it was already dealt with. */
  function close(key: string, state: 'rebooked' | 'dismissed', rebook?: Slot) {
    return queue(async () => {
      const store = await db;
      const o = await getOverride(store, key);
      const from: OverrideRecord['state'][] =
        state === 'rebooked' ? ['open', 'dismissed'] : ['open'];
      if (!o || !from.includes(o.state)) return false;
      await putOverrides(store, [{ ...closeAs(o, state, now()), ...(rebook && { rebook }) }]);
      return true;
    });
  }

  async function act(key: string, action: NudgeAction): Promise<{ ok: boolean }> {
    const week = parseNextWeekKey(key);
    if (week) {
      await lateWeek.act(week, action);
    } else {
      const o = await getOverride(await db, key);
      if (!o) return { ok: false };
      if (action === 'open') await channels.openTab(openUrl(o));
      if (action === 'rebook') {
        const slot = await freshSlot(o);
        await channels.openTab(newEventUrl(o.account, o.block.title, slot, o.timeZone));
        await close(key, 'rebooked', slot);
      }
      if (action === 'dismiss') await close(key, 'dismissed');
      if (action !== 'open') await refresh();
    }
    // Whichever surface was used, the other one goes too.
    await channels.clear(notificationId(key)).catch(() => undefined);
    await channels.closed(key).catch(() => undefined);
    return { ok: true };
  }

  const handlers: Pick<Handlers, 'nudgeAction'> = {
    async nudgeAction(req) {
      if (typeof req?.key !== 'string' || !ACTIONS.includes(req.action)) return { ok: false };
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
      if (alarm.name === HELD_ALARM) void deliverHeld();
      if (alarm.name === NEXT_WEEK_ALARM) void lateWeek.run();
    });
    void ensureAlarms();
  }

  /**
   * Alarms may not survive a browser restart: put back the ones that should
   * exist. The late-week check runs itself (it re-arms, and sends only when it
   * is late in the week and this week's nudge has not gone out), so a browser
   * closed at Thursday 14:00 still nudges when it opens on Friday.
   */
  async function ensureAlarms() {
    await lateWeek.run();
    const held = await heldOverrides(await db);
    if (held.length > 0 && !(await browser.alarms.get(HELD_ALARM))) await armHeld();
  }

  return { afterSnapshot, deliverHeld, act, handlers, watch, lateWeek };
}
