import type { Messages } from '../../render';

export const plPageMore: Messages = {
  page_toast_status: '$1. $2',
};
