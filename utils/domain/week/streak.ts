/** One finished week, as the streak sees it. Undefined percent: nothing counted (or not seen). */
export interface StreakWeek {
  innovationPercent?: number;
}

/**
 * Consecutive weeks at or above target, counting back from the newest of
 * `weeks` (oldest first). A week with nothing counted ends the streak: an
 * unseen week is not a week on target.
 */
export function weeksOnTarget(weeks: readonly StreakWeek[], targetPercent: number): number {
  let n = 0;
  for (let i = weeks.length - 1; i >= 0; i--) {
    const p = weeks[i]!.innovationPercent;
    if (p === undefined || p < targetPercent) break;
    n++;
  }
  return n;
}

export interface StreakState {
  /** Finished weeks on target in a row, up to last week. */
  weeks: number;
  /** True when every week looked at was on target: the streak may be longer. */
  atLeast: boolean;
  /** This week, counting what is still booked ahead, is on target too. */
  thisWeekOnTarget: boolean;
}

/** The streak up to last week, and whether this week's plan keeps it. */
export function streakState(
  finished: readonly StreakWeek[],
  thisWeekPlannedPercent: number | undefined,
  targetPercent: number,
): StreakState {
  const weeks = weeksOnTarget(finished, targetPercent);
  return {
    weeks,
    atLeast: weeks > 0 && weeks === finished.length,
    thisWeekOnTarget:
      thisWeekPlannedPercent !== undefined && thisWeekPlannedPercent >= targetPercent,
  };
}

/** The streak is about to break: there is one, and this week's plan is below target. */
export const streakAtRisk = (s: StreakState): boolean => s.weeks > 0 && !s.thisWeekOnTarget;
