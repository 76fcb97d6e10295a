import type { Messages } from '../../render';

export const esReviewServes: Messages = {
  review_serves_label: 'Sirve a…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Sirve a…: $1, $2',
  review_serves_none: 'Nada en concreto',
};
