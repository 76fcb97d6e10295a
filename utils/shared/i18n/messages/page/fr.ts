import type { Messages } from '../../render';

export const frPageMore: Messages = {
  page_toast_status: '$1. $2',
};
