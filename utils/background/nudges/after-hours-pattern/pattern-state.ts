/**
 * Whether to say it, and what to remember. `weekStarts` are the two finished
 * weeks looked at, oldest first; `said` the newest week a nudge already
 * covered. Said once per run of such weeks: a third week running only moves
 * the mark on; a week without the pattern ends the run.
 */
export function patternDecision(
  pattern: boolean,
  weekStarts: readonly number[],
  said: number | undefined,
): { say: boolean; remember?: number } {
  const [older, newer] = weekStarts;
  if (!pattern || older === undefined || newer === undefined) return { say: false };
  if (said === newer) return { say: false };
  if (said === older) return { say: false, remember: newer };
  return { say: true, remember: newer };
}
