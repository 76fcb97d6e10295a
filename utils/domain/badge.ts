import { isAfterHoursHigh } from './week/working-time';
import { splitPercent, type WeekCount } from './week/count-week';

export interface BadgeInput {
  /** The current week's count; undefined when nothing was seen yet. */
  count?: WeekCount;
  /** Target innovation share, in percent (80/20 → 20). */
  targetPercent: number;
  /** Days of the week seen in Google Calendar. */
  daysSeen: number;
  /** Open overrides of this week. */
  openOverrides: number;
  /** Set when the last page read failed, the reason in words: the badge says so instead of a number. */
  unreadable?: string;
  /** "account 1" when the user has several; empty otherwise. */
  accountLabel?: string;
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Dark enough for the white badge text to stay readable (WCAG AA on 10px bold).
export const BADGE_COLORS = {
  onTarget: '#137333',
  belowTarget: '#b05a00',
  override: '#c5221f',
  none: '#5f6368',
} as const;

const hours = (min: number) => `${Math.round((min / 60) * 10) / 10} h`;

export function badgeFor(input: BadgeInput): Badge {
  const who = input.accountLabel ? ` (${input.accountLabel})` : '';
  if (input.unreadable) {
    return {
      text: '?',
      color: BADGE_COLORS.none,
      // The reason already says what went wrong ("can't read this view: ...", "still loading: ...").
      title: `Polarity${who}: ${input.unreadable}. Stored figures are unchanged.`,
    };
  }
  const percent = input.count ? splitPercent(input.count) : undefined;
  const coverage = `${input.daysSeen} of 7 days seen`;
  if (percent === undefined || !input.count) {
    const why =
      input.daysSeen === 0
        ? 'open this week in Google Calendar to count it'
        : `no execution or innovation time this week (${coverage})`;
    return {
      text: '',
      color: BADGE_COLORS.none,
      title: `Polarity${who}: ${why}`,
    };
  }
  const { executionMin, innovationMin } = input.count;
  const overrides =
    input.openOverrides > 0
      ? `${input.openOverrides} override${input.openOverrides === 1 ? '' : 's'} of innovation time open`
      : 'no overrides';
  // Mentioned only when it matters: more than a third of the week's innovation.
  const afterHours = isAfterHoursHigh(input.count)
    ? `; ${hours(input.count.afterHoursInnovationMin)} of innovation after hours`
    : '';
  const color =
    input.openOverrides > 0
      ? BADGE_COLORS.override
      : percent >= input.targetPercent
        ? BADGE_COLORS.onTarget
        : BADGE_COLORS.belowTarget;
  return {
    text: `${percent}%`,
    color,
    title:
      `Polarity${who}: innovation ${percent}% (${hours(innovationMin)}), ` +
      `execution ${100 - percent}% (${hours(executionMin)}); target ${input.targetPercent}%; ` +
      `${overrides}${afterHours}; ${coverage}`,
  };
}
