import type { Ref } from 'preact';
import { weekSpan } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';

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

export function relativeWeek(offset: number): string {
  if (offset === 0) return 'This week';
  if (offset === -1) return 'Last week';
  if (offset === 1) return 'Next week';
  return offset < 0 ? `${-offset} weeks ago` : `In ${offset} weeks`;
}

export function WeekNav(props: WeekNavProps) {
  const { offset, days, isoWeek } = props;
  const { t, lang } = useText();
  return (
    <header class="week-nav">
      <div class="week-nav__title">
        <h1 ref={props.headingRef} tabIndex={-1}>
          {relativeWeek(offset)}
        </h1>
        {days && (
          <p class="muted">
            {weekSpan(days, lang)}
            {isoWeek && ` · ${isoWeek.replace(/^\d+-/, '')}`}
            {props.account !== undefined && ` · account u/${props.account}`}
          </p>
        )}
      </div>
      <nav aria-label="Weeks" class="week-nav__buttons">
        <button
          type="button"
          class="week-nav__arrow"
          onClick={props.onPrevious}
          aria-label="Previous week"
        >
          ‹
        </button>
        {offset !== 0 && (
          // Short on screen; the name spoken keeps the visible words (label in name).
          <button type="button" onClick={props.onThisWeek} aria-label="Back to this week">
            This week
          </button>
        )}
        <button type="button" class="week-nav__arrow" onClick={props.onNext} aria-label="Next week">
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
