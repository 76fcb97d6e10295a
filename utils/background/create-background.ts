import { saveSnapshot } from '../db/days';
import { recordPageStatus } from '../db/meta';
import type { Db } from '../db/schema';
import type { Handlers } from '../messages';
import type { Snapshot } from '../types';
import { computeBadge, showBadge, type BadgeSink } from './badge-service';
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
}: BackgroundDeps): Background {
  const queue = serial();
  const refresh = () => queue(async () => showBadge(badge, await computeBadge(await db, now())));

  async function onSnapshot(snap: Snapshot) {
    await queue(async () => {
      const store = await db;
      // A page that can't be read leaves stored weeks exactly as they were.
      if (snap.status === 'ok') await saveSnapshot(store, snap);
      await recordPageStatus(store, snap);
    });
    await refresh();
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

  return {
    handlers: { snapshot: onSnapshot, ...reportHandlers({ db, now }), ...tagging.handlers, ...localeHandlers() },
    refresh,
  };
}
