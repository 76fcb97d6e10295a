import type { Messages } from '../../render';

export const dePageMore: Messages = {
  page_toast_status: '$1. $2',
};
