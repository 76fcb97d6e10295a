import type { Messages } from '../../render';

export const esPageMore: Messages = {
  page_toast_status: '$1. $2',
};
