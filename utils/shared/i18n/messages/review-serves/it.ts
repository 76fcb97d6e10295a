import type { Messages } from '../../render';

export const itReviewServes: Messages = {
  review_serves_label: 'Serve a…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Serve a…: $1, $2',
  review_serves_none: 'Niente in particolare',
};
