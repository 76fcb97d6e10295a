import type { Messages } from '../../render';

// Korean: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const koPlan: Messages = {
  plan_badge_gap: '; 계획 $1%: $3%에 도달하려면 $2 더 예약',
  plan_badge_on_target: '; 계획 $1%',
  plan_heading: '앞으로의 한 주',
  plan_this_week: '이번 주',
  plan_next_week: '다음 주',
  plan_planned: '계획: 혁신 $1% · 목표 $2%',
  plan_nothing_planned: '아직 계획된 것이 없습니다.',
  plan_so_far: '지금까지: 혁신 $1, 실행 $2',
  plan_ahead: '계획: 혁신 $1, 실행 $2',
  plan_gap: '$2%에 도달하려면 $1 더 예약하세요.',
  plan_on_target: '계획대로 목표를 달성합니다.',
  plan_out_of_reach: '실행 일정이 예약되어 있는 한 $1% 목표에는 도달할 수 없습니다.',
  plan_unseen: '아직 확인하지 않았습니다.',
  plan_open_week: 'Google 캘린더에서 열기',
  plan_days_seen: '확인한 7일 중 $1일을 바탕으로 계획했습니다.',
  plan_slots_label: '근무 시간 내 빈 시간',
  plan_book_slot: '$1 예약',
  plan_no_slots: '확인한 날의 근무 시간 내에 빈 시간이 없습니다.',
  plan_weekly: '매주 반복',
  plan_other_hours: '근무 시간 외의 시간도 보기',
  plan_other_slots_label: '근무 시간 외 빈 시간',
  plan_booking_note:
    'Google 캘린더의 새 일정 페이지를 채워진 상태로 엽니다. 그곳에서 저장하기 전에는 아무것도 저장되지 않습니다.',
  plan_streak_other: '$1주 연속 목표 달성',
  plan_streak_at_least_other: '최소 $1주 연속 목표 달성',
  plan_streak_none: '지난주는 목표에 못 미쳤습니다. 아직 연속 목표 달성 기록이 없습니다.',
  plan_streak_kept: '이번 주 계획으로 기록이 이어집니다.',
  plan_streak_at_risk:
    '이번 주는 목표보다 낮게 계획되어 있습니다. 부족분을 예약해 기록을 지키세요.',
  plan_pattern_heading: '2주 연속 근무 시간 외 혁신',
  plan_pattern_weeks: '$1 주: 혁신의 $2%가 근무 시간 외.',
  plan_pattern_reason:
    '실행으로 꽉 찬 하루 뒤 저녁으로 밀려난 혁신은 번아웃으로 이어집니다. 지킬 수 있는 근무 시간 안에 예약하세요.',
  nudge_streak_title_other: '$1주 연속 목표 달성을 지키세요',
  nudge_streak_message:
    '이번 주는 목표 $2%에 대해 $1%로 계획되어 있습니다. $3 더 예약하세요: $4이(가) 비어 있습니다.',
  nudge_streak_message_no_slot:
    '이번 주는 목표 $2%에 대해 $1%로 계획되어 있습니다. 주가 끝나기 전에 $3 더 예약하세요.',
  nudge_pattern_title: '2주 연속 근무 시간 외 혁신',
  nudge_pattern_message:
    '2주 동안 혁신의 대부분이 근무 시간 외였습니다. 번아웃으로 이어지는 길입니다. 근무 시간 안에 예약하세요.',
  nudge_book_slot: '이 시간 예약',
  nudge_open_week: '이번 주 열기',
  opt_ahead_heading: '앞으로의 한 주',
  opt_block_name_label: '팝업에서 예약하는 블록의 제목',
  opt_block_name_hint:
    '팝업의 시간 버튼은 이 제목으로 Google 캘린더의 새 일정 페이지를 엽니다. 비워 두면 기본 제목을 씁니다.',
  opt_block_name_saved: '예약한 블록의 제목은 “$1”이 됩니다.',
  opt_streak_label: '연속 목표 달성 기록이 끊어지려 할 때',
  opt_streak_hint:
    '근무 주 후반, 이번 주가 목표보다 낮게 계획되어 있으면: 빈 시간과 함께 한 번 알려 드립니다.',
  opt_pattern_label: '혁신이 근무 시간 외로 밀려날 때',
  opt_pattern_hint:
    '2주 연속 혁신의 대부분이 근무 시간 외였을 때, 근무 시간 내 빈 시간과 함께 한 번 알려 드립니다.',
  opt_nudge_on: '켜짐: $1.',
  opt_nudge_off: '꺼짐: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: '도움 대상…',
  serves_none: '특별히 없음',
  serves_heading: '실행에 도움이 되는 혁신',
  serves_share: '이번 주 혁신 $2 중 $1이(가) 실행에 도움이 되었습니다.',
  serves_item: '$1: $2',
  serves_empty:
    '이번 주 혁신 중 실행과 연결된 것이 없습니다. Google 캘린더에서 혁신 일정을 열고 “도움 대상…”에서 대상을 고르세요.',
  serves_trend_heading: '8주 추이',
  serves_trend_down: '$1: 작업 후 실행 시간이 주당 $2에서 $3(으)로 줄었습니다.',
  serves_trend_up: '$1: 작업 후 실행 시간이 주당 $2에서 $3(으)로 늘었습니다.',
  serves_trend_same: '$1: 작업 후에도 실행 시간이 주당 $2(으)로 그대로입니다.',
  serves_trend_unknown: '$1: 작업 전후의 주가 아직 부족해 판단할 수 없습니다.',
};
