import type { Ref } from 'preact';
import { weekTitle } from './week-title';

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
}

export function relativeWeek(offset: number): string {
  if (offset === 0) return 'This week';
  if (offset === -1) return 'Last week';
  if (offset === 1) return 'Next week';
  return offset < 0 ? `${-offset} weeks ago` : `In ${offset} weeks`;
}

export function WeekNav(props: WeekNavProps) {
  const { offset, days, isoWeek } = props;
  return (
    <header class="week-nav">
      <div class="week-nav__title">
        <h1 ref={props.headingRef} tabIndex={-1}>
          {relativeWeek(offset)}
        </h1>
        {days && (
          <p class="muted">
            {weekTitle(days)}
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
    </header>
  );
}
