import type { Messages } from '../../render';

export const frReviewServes: Messages = {
  review_serves_label: 'Sert à…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Sert à… : $1, $2',
  review_serves_none: 'Rien de particulier',
};
