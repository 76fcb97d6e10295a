import type { Messages } from '../../render';

export const jaPageMore: Messages = {
  page_toast_status: '$1。$2',
};
