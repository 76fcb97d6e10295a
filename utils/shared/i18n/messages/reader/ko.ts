import type { Messages } from '../../render';

export const koReader: Messages = {
  view_loading: '로드 중: 캘린더 그리드가 아직 페이지에 없습니다',
  view_loading_which: '로드 중: 아직 어떤 보기인지 알 수 없습니다',
  view_unknown: '이 보기를 읽을 수 없음: Polarity가 알지 못하는 보기입니다',
  view_none_readable: '이 보기를 읽을 수 없음: $1을(를) 찾았지만 읽을 수 있는 것이 없습니다',
  view_unplaced: '이 보기를 읽을 수 없음: $1을(를) 찾았지만 $2$3',
  view_no_main: '기본 영역이 없음',
  view_no_view: 'Polarity가 알아볼 수 있는 보기가 없음',
  view_no_columns: '날짜 열이 없음',
  view_no_week_rows: '날짜가 있는 주 행이 없음',
  view_no_rows: '행이 없음',
  view_no_grid: '그리드가 없음',
  view_hooks: ' (그리드 셀: $1, 날짜 열: $2, 날짜가 있는 요소: $3, 행: $4)',
  view_chips_other: '일정 $1개',
};
