import type { StreakSummary } from '@/utils/domain/report/week-report';
import { msg, plural } from '@/utils/shared/i18n/msg';
import { text } from './text';

/** The run of weeks at or above target, and whether this week's plan keeps it. */
export function WeeksOnTarget({ streak }: { streak: StreakSummary }) {
  if (streak.weeks === 0) {
    return (
      <p class="streak muted" data-testid="streak">
        {text(msg('plan_streak_none'))}
      </p>
    );
  }
  return (
    <p class="streak" data-testid="streak">
      <strong>
        {text(plural(streak.atLeast ? 'plan_streak_at_least' : 'plan_streak', streak.weeks))}
      </strong>{' '}
      <span class={streak.atRisk ? 'below' : 'ok'}>
        {text(msg(streak.atRisk ? 'plan_streak_at_risk' : 'plan_streak_kept'))}
      </span>
    </p>
  );
}
