import type { Messages } from '../../render';

export const ptBRPageMore: Messages = {
  page_toast_status: '$1. $2',
};
