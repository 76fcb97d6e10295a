import { browser } from '#imports';
import { daysInRange } from '@/utils/domain/db/days';
import { getPageStatus } from '@/utils/domain/db/meta';
import { getOverride, heldOverrides, putOverrides } from '@/utils/domain/db/overrides';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { resolveWeekStart, workingHoursOf } from '@/utils/domain/settings/settings';
import { findFreeSlot, type Slot } from '@/utils/domain/week/free-slot';
import { weekRange } from '@/utils/domain/week/week-range';
import { isWorkingTime, nextWorkingTime } from '@/utils/domain/week/working-time';
import type { CalendarUrls } from '@/utils/calendar/source';
import type { NudgeAction } from '@/utils/shared/nudge';
import type { NudgeKindFactory } from '../nudge-kind';
import { isOverrideKey } from './override-key';
import { closeAs } from './record-found';
import { overridesOfSnapshot } from './snapshot-overrides';
import { OVERRIDE_ACTIONS, overrideText, overrideToast } from './text';

export const HELD_ALARM = 'polarity-nudges-held';

/** Open in Calendar: the event's own page, or its week when the event is gone. */
export function openUrl(o: OverrideRecord, urls: CalendarUrls): string {
  const own = o.cause === 'deleted' ? undefined : urls.event(o.account, o.block.eid);
  return own ?? urls.week(o.account, o.block.day);
}

/**
 * "Innovation time taken" (product.md, Overrides): found by comparing each
 * page read with the stored days, sent as a notification and a toast in the
 * tab where it was seen. Quiet hours: outside working hours a new override is
 * recorded at once (the badge turns red) but its nudge is held, and delivered
 * by an alarm at the next working moment if the block is still ahead by then.
 */
export const innovationTaken: NudgeKindFactory = (env) => {
  const { db, now, queue, refresh, settings, channels, urls, notificationId } = env;

  async function deliver(records: readonly OverrideRecord[], tabId?: number) {
    await Promise.all(
      records.map((o) =>
        channels
          .notify(notificationId(o.key), overrideText(o), OVERRIDE_ACTIONS)
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

  async function act(key: string, action: NudgeAction): Promise<boolean> {
    const o = await getOverride(await db, key);
    if (!o) return false;
    if (action === 'open') await channels.openTab(openUrl(o, urls));
    if (action === 'rebook') {
      const slot = await freshSlot(o);
      await channels.openTab(urls.newEvent(o.account, o.block.title, slot, o.timeZone));
      await close(key, 'rebooked', slot);
    }
    if (action === 'dismiss') await close(key, 'dismissed');
    if (action !== 'open') await refresh();
    return true;
  }

  return {
    alarms: { [HELD_ALARM]: deliverHeld },
    // Alarms may not survive a browser restart: put back the one that should exist.
    async start() {
      const held = await heldOverrides(await db);
      if (held.length > 0 && !(await browser.alarms.get(HELD_ALARM))) await armHeld();
    },
    owns: isOverrideKey,
    act,
    async beforeSave(store, snap) {
      // A failure here must never cost the read itself.
      const found = await overridesOfSnapshot(store, snap, now(), await settings()).catch(
        () => undefined,
      );
      if (!found) return undefined;
      return async (tabId) => {
        if (found.held) await armHeld();
        if (found.nudgeNow.length > 0) await deliver(found.nudgeNow, tabId);
      };
    },
  };
};
