import type { Messages } from '../../render';

export const zhCNReader: Messages = {
  view_loading: '仍在加载：页面上还没有日历网格',
  view_loading_which: '仍在加载：尚无法判断这是哪个视图',
  view_unknown: '无法读取此视图：Polarity 不认识该视图',
  view_none_readable: '无法读取此视图：找到 $1，但都无法读取',
  view_unplaced: '无法读取此视图：找到 $1，但$2$3',
  view_no_main: '没有主区域',
  view_no_view: '没有 Polarity 能识别的视图',
  view_no_columns: '没有日期列',
  view_no_week_rows: '没有带日期的周行',
  view_no_rows: '没有行',
  view_no_grid: '没有网格',
  view_hooks: '（网格单元格：$1，日期列：$2，带日期的元素：$3，行：$4）',
  view_chips_other: '$1 个活动块',
};
