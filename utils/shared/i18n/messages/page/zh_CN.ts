import type { Messages } from '../../render';

export const zhCNPageMore: Messages = {
  page_toast_status: '$1。$2',
};
