import type { Ref } from 'preact';
import { weekSpan } from '@/utils/shared/i18n/dates';
import { useText, type Text } from '../use-text';
import { weekNumber } from './format-hours';

export interface WeekNavProps {
  offset: number;
  days?: readonly string[];
  isoWeek?: string;
  /** Shown only when the user has several Google accounts. */
  account?: number;
  headingRef?: Ref<HTMLHeadingElement>;
  onPrevious(): void;
  onNext(): void;
  onThisWeek(): void;
  onSettings(): void;
}

/** "This week", "Last week", "3 weeks ago", "In 2 weeks": the week shown, from today's. */
export function relativeWeek(offset: number, { t, n }: Pick<Text, 't' | 'n'>): string {
  if (offset === 0) return t('popup_this_week');
  if (offset === -1) return t('popup_last_week');
  if (offset === 1) return t('popup_next_week_title');
  return offset < 0 ? n('popup_weeks_ago', -offset) : n('popup_in_weeks', offset);
}

export function WeekNav(props: WeekNavProps) {
  const { offset, days, isoWeek } = props;
  const text = useText();
  const { t, lang } = text;
  return (
    <header class="week-nav">
      <div class="week-nav__title">
        <h1 ref={props.headingRef} tabIndex={-1}>
          {relativeWeek(offset, text)}
        </h1>
        {days && (
          <p class="muted">
            {weekSpan(days, lang)}
            {isoWeek && ` · ${weekNumber(isoWeek, text)}`}
            {props.account !== undefined && ` · ${t('popup_account', props.account)}`}
          </p>
        )}
      </div>
      <nav aria-label={t('popup_weeks')} class="week-nav__buttons">
        <button
          type="button"
          class="week-nav__arrow"
          onClick={props.onPrevious}
          aria-label={t('popup_previous_week')}
        >
          ‹
        </button>
        {offset !== 0 && (
          // Short on screen; the name spoken keeps the visible words (label in name).
          <button
            type="button"
            onClick={props.onThisWeek}
            aria-label={t('popup_back_to_this_week')}
          >
            {t('popup_this_week')}
          </button>
        )}
        <button
          type="button"
          class="week-nav__arrow"
          onClick={props.onNext}
          aria-label={t('popup_next_week')}
        >
          ›
        </button>
      </nav>
      <button
        type="button"
        class="week-nav__settings"
        onClick={props.onSettings}
        aria-label={t('popup_settings')}
        title={t('popup_settings')}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3.3h-4l-.4 2.6a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1l.4 2.6h4l.4-2.6a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
            transform="translate(-1 0)"
          />
        </svg>
      </button>
    </header>
  );
}
