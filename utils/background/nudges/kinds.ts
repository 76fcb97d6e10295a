import { innovationTaken } from './innovation-taken';
import { nextWeekEmpty } from './next-week-empty';
import { afterHoursPatternKind } from './after-hours-pattern';
import { streakAtRisk } from './streak-at-risk';
import type { NudgeKindFactory } from './nudge-kind';

/** Every kind of nudge. A new kind is a folder beside these and one line here. */
export const NUDGE_KINDS: readonly NudgeKindFactory[] = [
  innovationTaken,
  nextWeekEmpty,
  streakAtRisk,
  afterHoursPatternKind,
];
