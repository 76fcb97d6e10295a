import type { Messages } from '../../render';

export const koReviewServes: Messages = {
  review_serves_label: '도움 대상…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: '도움 대상…: $1, $2',
  review_serves_none: '특별히 없음',
};
