import type { Browser } from '#imports';
import { saveSnapshot } from '../db/days';
import { recordPageStatus } from '../db/meta';
import type { Db } from '../db/schema';
import type { Handlers } from '../messages';
import { rebookLink } from '../overrides/rebook-url';
import { getSettings } from '../settings';
import type { Snapshot } from '../types';
import { computeBadge, showBadge, type BadgeSink } from './badge-service';
import type { NudgeChannels } from './nudge-channels';
import { createNudgeService } from './nudge-service';
import { overridesOfSnapshot, type SnapshotOverrides } from './override-service';
import { localeHandlers } from './locale-handlers';
import { reportHandlers } from './report-handlers';
import { serial } from './serial';
import { createTagHandlers, notifyCalendarTabs } from './tag-handlers';

export interface BackgroundDeps {
  db: Promise<Db>;
  badge: BadgeSink;
  now: () => number;
  /** Tells open calendar tabs that categories changed (tests pass their own). */
  notifyTabs?: () => Promise<void>;
  /** Where nudges go: notifications and calendar-tab toasts by default (tests pass their own). */
  nudgeChannels?: NudgeChannels;
}

export interface Background {
  handlers: Partial<Handlers>;
  /** Recompute the badge from stored data (start-up, week rollover). */
  refresh(): Promise<void>;
}

export function createBackground({
  db,
  badge,
  now,
  notifyTabs = notifyCalendarTabs,
  nudgeChannels,
}: BackgroundDeps): Background {
  const queue = serial();
  const refresh = () => queue(async () => showBadge(badge, await computeBadge(await db, now())));
  const nudges = createNudgeService({
    db,
    now,
    queue,
    refresh,
    ...(nudgeChannels && { channels: nudgeChannels }),
  });

  async function onSnapshot(snap: Snapshot, sender?: Browser.runtime.MessageSender) {
    const overrides = await queue(async () => {
      const store = await db;
      let found: SnapshotOverrides | undefined;
      // A page that can't be read leaves stored weeks exactly as they were.
      if (snap.status === 'ok') {
        // Overrides show as a difference with the stored days: compare before saving.
        // A failure here must never cost the snapshot itself.
        found = await overridesOfSnapshot(store, snap, now(), await getSettings()).catch(
          () => undefined,
        );
        await saveSnapshot(store, snap);
      }
      await recordPageStatus(store, snap);
      return found;
    });
    await refresh();
    if (overrides) await nudges.afterSnapshot(overrides, sender?.tab?.id).catch(() => undefined);
    return { ok: true as const };
  }

  // A tag, rule or keyword change shows at once: badge here, chip markers in every calendar tab.
  const tagging = createTagHandlers({
    db,
    now,
    onChange: async () => {
      await refresh();
      await notifyTabs();
    },
  });
  tagging.watch();
  nudges.watch();

  return {
    handlers: {
      snapshot: onSnapshot,
      ...reportHandlers({ db, now, rebookUrl: rebookLink(now) }),
      ...tagging.handlers,
      ...localeHandlers(),
      ...nudges.handlers,
    },
    refresh,
  };
}
