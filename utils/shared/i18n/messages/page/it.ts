import type { Messages } from '../../render';

export const itPageMore: Messages = {
  page_toast_status: '$1. $2',
};
