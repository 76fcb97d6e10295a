import { koCheck } from './check/ko';
import { koReviewServes } from './review-serves/ko';
import { koPopupMore } from './popup-more/ko';
import { koOptions } from './options/ko';
import { koLegend } from './legend/ko';
import { koWelcome } from './welcome/ko';
import type { Messages } from '../render';
import { koExport } from './export/ko';
import { koPlan } from './plan/ko';
import { koDataHealth } from './data-health/ko';
import { koPopup } from './popup/ko';
import { koPageMore } from './page/ko';
import { koReader } from './reader/ko';

// Korean. Product words: ../glossary.ts.
export const ko: Messages = {
  ...koCheck,
  ...koPageMore,
  ...koExport,
  ...koReader,
  ...koDataHealth,
  ...koPopup,
  ext_name: 'Polarity',
  ext_description:
    '실행과 혁신의 균형 유지: Google 캘린더의 주간 시간 배분을 도구 모음에 표시하고 혁신 시간을 빼앗기면 알려 드립니다.',
  ext_action_title: 'Polarity',
  page_control_label: 'Polarity 카테고리',
  page_category_group: '카테고리',
  page_execution: '실행',
  page_innovation: '혁신',
  page_exclude: '제외',
  page_auto: '자동',
  page_apply_to: '적용 대상',
  page_scope_event: '이 일정',
  page_scope_series: '반복 일정 전체',
  page_reading: '읽는 중…',
  page_never_counted: '$1 · 집계되지 않음',
  page_tag_error: '카테고리를 저장할 수 없습니다. 페이지를 새로고침한 후 다시 시도하세요.',
  page_dismiss: '닫기',
  page_nudges_label: 'Polarity 알림',
  reason_tag: '직접 지정함',
  reason_series_tag: '반복 일정에 지정함',
  reason_rule: '규칙 $1: $2',
  reason_keyword: "자동: 키워드 '$1'",
  reason_no_keyword: '자동: 혁신 키워드 없음',
  reason_allday: '자동: 종일 일정',
  reason_task: '자동: Google Tasks',
  reason_working_location: '자동: 근무지',
  reason_out_of_office: '자동: 부재중',
  reason_holiday: '자동: 공휴일',
  reason_birthday: '자동: 생일',
  rule_why_keyword: "키워드 '$1'",
  rule_why_regex: '제목이 $1와(과) 일치',
  rule_why_calendar: "캘린더 '$1'",
  rule_why_color: "색상 '$1'",
  rule_why_guests: '참석자 있음',
  rule_why_solo: '참석자 없음',
  rule_why_time_block: '시간 블록',
  nudge_taken_title: '혁신 시간을 빼앗김: $1',
  nudge_taken_message: '$1: $2 손실.\n$3',
  nudge_cause_overlap: "'$1' 일정과 겹침",
  nudge_cause_overlap_unnamed: '다른 일정과 겹침',
  nudge_cause_deleted: '삭제됨',
  nudge_cause_shortened: '단축됨',
  nudge_cause_moved_out: '이번 주 밖으로 이동됨',
  nudge_rebook: '다시 예약',
  nudge_open: '캘린더에서 열기',
  nudge_next_unseen_title: '다음 주: 혁신 시간이 예약되어 있나요?',
  nudge_next_unseen_message:
    'Polarity가 아직 다음 주를 보지 못해 알 수 없습니다. Google 캘린더에서 다음 주를 열고 일정이 차기 전에 혁신 시간을 예약하세요.',
  nudge_next_empty_title: '다음 주에 예약된 혁신 시간이 없습니다',
  nudge_next_empty_message:
    '확인한 7일 중 $1일에 없습니다. 다른 사람이 시간을 가져가기 전에 블록을 예약하세요.',
  nudge_book_time: '시간 예약',
  nudge_open_next_week: '다음 주 열기',
  nudge_block_title: '혁신 시간',
  badge_unreadable: 'Polarity$1: $2. 저장된 수치는 바뀌지 않습니다.',
  badge_first_visit: 'Polarity$1: 집계하려면 Google 캘린더에서 이번 주를 여세요',
  badge_nothing_counted: 'Polarity$1: 이번 주에는 실행 또는 혁신 시간이 없습니다($2)',
  ...koWelcome,
  ...koLegend,
  badge_account: ' (계정 u/$1)',
  badge_days_seen: '7일 중 $1일 확인',
  badge_no_overrides: '침해 없음',
  badge_overrides_other: '처리하지 않은 혁신 시간 침해 $1건',
  badge_after_hours: ', 근무 시간 외 혁신 $1',
  badge_storage_full:
    'Polarity: 저장 공간이 가득 차서 최근 캘린더 변경 사항을 저장하지 못했습니다(저장된 데이터는 손실되지 않았습니다). 디스크 공간을 확보하거나 옵션에서 보관할 기록을 줄이세요.',
  unit_hours: '$1시간',
  unit_minutes: '$1분',
  unit_hours_minutes: '$1시간 $2분',
  ...koPlan,
  ...koReviewServes,
  ...koPopupMore,
  ...koOptions,
};
