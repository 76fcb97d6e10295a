/** One finished week's innovation, and how much of it was outside working hours. */
export interface AfterHoursWeek {
  innovationMin: number;
  afterHoursInnovationMin: number;
}

/** "Mostly": more than half of the week's innovation was outside working hours. */
export const mostlyAfterHours = (w: AfterHoursWeek): boolean =>
  w.innovationMin > 0 && w.afterHoursInnovationMin * 2 > w.innovationMin;

/** Weeks running that make a pattern, not a one-off. */
export const PATTERN_WEEKS = 2;

/**
 * The essay: innovation squeezed into evenings after a day of execution leads
 * to burnout. A pattern when the newest `PATTERN_WEEKS` finished weeks
 * (oldest first) were each mostly after hours.
 */
export function afterHoursPattern(weeks: readonly AfterHoursWeek[]): boolean {
  const last = weeks.slice(-PATTERN_WEEKS);
  return last.length === PATTERN_WEEKS && last.every(mostlyAfterHours);
}
