import { isAfterHoursHigh } from './week/working-time';
import { splitPercent, type WeekCount } from './week/count-week';
import { bookableMinutes } from './week/plan';
import { en } from '@/utils/shared/i18n/messages/en';
import { msg, plural, type Msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, render, type Reader } from '@/utils/shared/i18n/render';

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
  /** The account index (`/u/<n>`), set only when the user has several. */
  account?: number;
  /** The week counted as booked (./week/plan.ts): said in the title, never on the badge text. */
  plan?: { plannedPercent?: number; gapMin?: number };
}

export interface Badge {
  text: string;
  color: string;
  /** The text's own colour: the states differ in lightness too, not in hue alone. */
  textColor: string;
  title: string;
}

export type BadgeState = 'onTarget' | 'belowTarget' | 'override' | 'none';

// The three states keep their hue (green, amber, red) and are also far apart in
// lightness (L* 42, 81, 31), so they read without colour vision: on target a
// mid green, below target a light amber with dark text, an open override the
// darkest. The text keeps WCAG AA contrast (4.5:1) on each; the title says it
// in words.
export const BADGE_COLORS: Readonly<Record<BadgeState, string>> = {
  onTarget: '#137333',
  belowTarget: '#f6c26b',
  override: '#8c1d18',
  none: '#5f6368',
};

export const BADGE_TEXT_COLORS: Readonly<Record<BadgeState, string>> = {
  onTarget: '#ffffff',
  belowTarget: '#1f1f1f',
  override: '#ffffff',
  none: '#ffffff',
};

const SPLIT_TITLE = {
  onTarget: 'badge_split_on_target',
  belowTarget: 'badge_split_below',
  override: 'badge_split_override',
} as const;

const paint = (state: BadgeState) => ({
  color: BADGE_COLORS[state],
  textColor: BADGE_TEXT_COLORS[state],
});

/** Badge titles in English unless a reader in another language is passed (the background's). */
const ENGLISH: Reader = catalogueReader(en, 'en');

export function badgeFor(input: BadgeInput, reader: Reader = ENGLISH): Badge {
  const t = (m: Msg) => render(m, reader);
  const hours = (min: number) => t(msg('unit_hours', Math.round((min / 60) * 10) / 10));
  const who = input.account !== undefined ? t(msg('badge_account', input.account)) : '';
  if (input.unreadable) {
    return {
      text: '?',
      ...paint('none'),
      // The reason already says what went wrong ("can't read this view: ...", "still loading: ...").
      title: t(msg('badge_unreadable', who, input.unreadable)),
    };
  }
  const percent = input.count ? splitPercent(input.count) : undefined;
  const coverage = msg('badge_days_seen', input.daysSeen);
  if (percent === undefined || !input.count) {
    const title =
      input.daysSeen === 0
        ? msg('badge_first_visit', who)
        : msg('badge_nothing_counted', who, coverage);
    return { text: '', ...paint('none'), title: t(title) };
  }
  const { executionMin, innovationMin } = input.count;
  const overrides =
    input.openOverrides > 0
      ? plural('badge_overrides', input.openOverrides)
      : msg('badge_no_overrides');
  // Mentioned only when it matters: more than a third of the week's innovation.
  const afterHours = isAfterHoursHigh(input.count)
    ? t(msg('badge_after_hours', hours(input.count.afterHoursInnovationMin)))
    : '';
  const state: BadgeState =
    input.openOverrides > 0
      ? 'override'
      : percent >= input.targetPercent
        ? 'onTarget'
        : 'belowTarget';
  return {
    text: `${percent}%`,
    ...paint(state),
    // The state in words first, so it never rests on hue alone.
    title:
      t(
        msg(
          SPLIT_TITLE[state],
          who,
          percent,
          hours(innovationMin),
          100 - percent,
          hours(executionMin),
          input.targetPercent,
          overrides,
          afterHours,
          coverage,
        ),
      ) + planText(input.plan, input.targetPercent, t),
  };
}

/** "; planned 14%: book 2 h 45 min more to reach 20%", after the week's split. */
function planText(plan: BadgeInput['plan'], target: number, t: (m: Msg) => string): string {
  if (plan?.plannedPercent === undefined) return '';
  return plan.gapMin !== undefined && plan.gapMin > 0
    ? t(
        msg(
          'plan_badge_gap',
          plan.plannedPercent,
          { minutes: bookableMinutes(plan.gapMin) },
          target,
        ),
      )
    : t(msg('plan_badge_on_target', plan.plannedPercent));
}
