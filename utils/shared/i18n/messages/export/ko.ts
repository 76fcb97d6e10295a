import type { Messages } from '../../render';

export const koExport: Messages = {
  export_col_date: '날짜',
  export_col_start: '시작',
  export_col_end: '종료',
  export_col_minutes: '분',
  export_col_title: '제목',
  export_col_category: '카테고리',
  export_col_reason: '이유',
  export_col_counted: '집계 여부',
  export_col_calendar: '캘린더',
  export_cat_execution: '실행',
  export_cat_innovation: '혁신',
  export_cat_excluded: '제외',
  export_counted_yes: '예',
  export_counted_declined: '아니요(거절함)',
  export_counted_excluded: '아니요(제외됨)',
};
