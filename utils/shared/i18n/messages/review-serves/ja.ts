import type { Messages } from '../../render';

export const jaReviewServes: Messages = {
  review_serves_label: '役立てる先…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: '役立てる先…：$1、$2',
  review_serves_none: '特になし',
};
