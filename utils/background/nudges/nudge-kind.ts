import type { CalendarUrls } from '@/utils/calendar/source';
import type { Db } from '@/utils/domain/db/schema';
import type { Settings } from '@/utils/domain/settings/settings';
import type { NudgeAction } from '@/utils/shared/nudge';
import type { Snapshot } from '@/utils/shared/types';
import type { NudgeChannels } from './channels';

/** What every nudge kind is given: the background's data, clock, queue and ways out. */
export interface NudgeEnv {
  db: Promise<Db>;
  now: () => number;
  /** The background's serial queue: every write goes through it. */
  queue: <T>(job: () => Promise<T>) => Promise<T>;
  /** Recompute the badge. */
  refresh: () => Promise<void>;
  settings: () => Promise<Settings>;
  channels: NudgeChannels;
  urls: CalendarUrls;
  /** The id of this nudge's notification (shared by every kind, so clicks find their kind). */
  notificationId: (key: string) => string;
}

/**
 * One kind of nudge, whole: how it is detected, its words, when it is sent
 * and what its actions do. The background walks the list in `kinds.ts`.
 */
export interface NudgeKind {
  /** Alarms this kind owns, and what each does when it fires. */
  alarms: Readonly<Record<string, () => Promise<void>>>;
  /** At worker start: put back alarms a browser restart lost, send what was missed. */
  start(): Promise<void>;
  /** Whether a nudge key is one of this kind's. */
  owns(key: string): boolean;
  /** Rebook, Open or Dismiss, from the toast or the notification; false when nothing was done. */
  act(key: string, action: NudgeAction): Promise<boolean>;
  /**
   * For kinds found in page reads: runs inside the queue BEFORE the read is
   * saved (`store` still holds the old days) and returns what to send once
   * it is saved, to the tab the read came from.
   */
  beforeSave?(store: Db, snap: Snapshot): Promise<((tabId?: number) => Promise<void>) | undefined>;
}

export type NudgeKindFactory = (env: NudgeEnv) => NudgeKind;
