import type { Messages } from '../../render';

export const zhCNExport: Messages = {
  export_col_date: '日期',
  export_col_start: '开始',
  export_col_end: '结束',
  export_col_minutes: '分钟',
  export_col_title: '标题',
  export_col_category: '类别',
  export_col_reason: '原因',
  export_col_counted: '是否计入',
  export_col_calendar: '日历',
  export_cat_execution: '执行',
  export_cat_innovation: '创新',
  export_cat_excluded: '排除',
  export_counted_yes: '是',
  export_counted_declined: '否（已拒绝）',
  export_counted_excluded: '否（已排除）',
};
