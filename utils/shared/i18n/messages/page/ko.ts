import type { Messages } from '../../render';

export const koPageMore: Messages = {
  page_toast_status: '$1. $2',
};
