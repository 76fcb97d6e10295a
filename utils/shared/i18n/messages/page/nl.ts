import type { Messages } from '../../render';

export const nlPageMore: Messages = {
  page_toast_status: '$1. $2',
};
