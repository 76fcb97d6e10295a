import type { Messages } from '../../render';

export const zhCNDataHealth: Messages = {
  data_unreadable: '部分已存储的数据无法读取，已跳过。其他功能照常工作。',
};
