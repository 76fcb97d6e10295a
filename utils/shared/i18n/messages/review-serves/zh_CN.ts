import type { Messages } from '../../render';

export const zhCNReviewServes: Messages = {
  review_serves_label: '服务于…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: '服务于…：$1，$2',
  review_serves_none: '无特定对象',
};
