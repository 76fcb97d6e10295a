import type { Messages } from '../../render';

export const deReviewServes: Messages = {
  review_serves_label: 'Dient…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Dient…: $1, $2',
  review_serves_none: 'Nichts Bestimmtem',
};
