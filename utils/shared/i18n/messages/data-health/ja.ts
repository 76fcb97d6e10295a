import type { Messages } from '../../render';

export const jaDataHealth: Messages = {
  data_unreadable:
    '保存されたデータの一部を読み取れなかったため、スキップしています。それ以外はこれまでどおり動作します。',
};
