import type { Messages } from '../../render';

export const plReviewServes: Messages = {
  review_serves_label: 'Służy…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Służy…: $1, $2',
  review_serves_none: 'Niczemu konkretnemu',
};
