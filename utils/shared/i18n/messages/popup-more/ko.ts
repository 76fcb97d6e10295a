import type { Messages } from '../../render';

// Korean: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const koPopupMore: Messages = {
  popup_loading: '이번 주를 불러오는 중…',
  popup_show_read: 'Polarity가 읽은 내용 보기',
  popup_hours: '$1시간',
  popup_chart_hours: '$1h',
  popup_week_number: '$1주차',

  popup_first_heading: 'Polarity에 오신 것을 환영합니다',
  popup_first_intro: 'Polarity는 사용자가 보는 Google 캘린더를 읽어 한 주를 파악합니다.',
  popup_first_step_open: 'Google 캘린더를 주 보기로 엽니다.',
  popup_first_step_browse: '집계할 주를 둘러보세요. 표시된 주는 모두 기억됩니다.',
  popup_first_step_back: '여기로 돌아와 실행과 혁신의 비율을 확인하세요.',
  popup_first_private: '모든 데이터는 이 브라우저에만 저장되며 어디로도 전송되지 않습니다.',
  popup_first_open: 'Google 캘린더 열기',

  popup_nodata_heading: '이번 주는 아직 확인되지 않았습니다',
  popup_nodata_text: 'Google 캘린더에서 한 주를 보면 Polarity가 그 주를 집계합니다.',
  popup_nodata_open: 'Google 캘린더에서 이번 주 열기',

  popup_load_error: '이번 주를 불러오지 못했습니다.',
  popup_try_again: '다시 시도',
  popup_error_detail: '기술 세부정보',
  popup_unreadable_note: '아래 수치는 이전에 읽은 내용을 기준으로 합니다.',
  popup_storage_full: '저장공간이 가득 찼습니다.',
  popup_storage_detail:
    '$1에 Polarity가 $2을(를) 저장하지 못해 이번 주에 최근 변경사항이 빠져 있을 수 있습니다. 저장된 데이터는 손실되지 않았습니다. 디스크 공간을 확보하거나 옵션에서 보관할 기록을 줄이세요.',
  popup_storage_what_tag: '카테고리',
  popup_storage_what_nudge: '알림에 대한 응답',
  popup_storage_what_page: '캘린더 페이지',
  popup_storage_what_change: '변경사항',

  popup_daily_label: '일별 실행과 혁신: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: '실행 $1, 혁신 $2',
  popup_not_seen: '확인 안 됨',
  popup_show_table: '표로 보기',
  popup_day: '날짜',

  popup_blocks_none: '이번 주에는 혁신 블록이 없습니다. 일정이 차기 전에 하나 예약하세요.',
  popup_blocks_kept_count: '$2개 중 $1개 지킴',
  popup_block_kept: '지킴',
  popup_block_kept_double: '지킴, $1 중복 예약',
  popup_block_overridden: '침해됨, $1 손실',
  popup_block_overlap: '$1 일정과 겹침, $2 손실',
  popup_block_overlap_unnamed: '겹침, $1 손실',
  popup_block_deleted: '삭제됨, $1 손실',
  popup_block_shortened: '단축됨, $1 손실',
  popup_block_moved: '이번 주 밖으로 이동됨, $1 손실',
  popup_block_rebooked: '다시 예약됨',
  popup_block_dismissed: '무시됨',

  popup_after_within: '모든 혁신 시간이 근무 시간 안에 있었습니다.',
  popup_after_outside: '혁신 $2 중 $1($3)이 근무 시간 외였습니다.',
  popup_after_warning:
    '실행으로 꽉 찬 하루 뒤 저녁에 혁신을 밀어 넣으면 번아웃으로 이어집니다. 근무 시간 안에 예약하세요.',

  popup_largest_series_other: '반복 일정, $1회',
  popup_largest_repeated_other: '반복됨, $1회',

  popup_trend_label: '목표 $1 대비 주별 혁신 비율: $2',
  popup_trend_point: '$1: $2(7일 중 $3일 확인)',
  popup_trend_no_data: '$1: 데이터 없음',
  popup_trend_note: '주별 혁신 비율(%). 점선은 목표 $1입니다.',
  popup_show_list: '목록으로 보기',

  popup_export_csv: '이번 주를 CSV로',
  popup_export_json: '모든 데이터를 JSON으로',
  popup_saved_file: '$1 저장됨',
  popup_export_failed: '내보내기 실패.',
  popup_no_page_report: '페이지 보고서 없음.',

  popup_question_1:
    '이번 주 실행 중 다른 사람이 맡을 수 있는 체크리스트나 템플릿으로 만들 수 있는 부분은 무엇인가요?',
  popup_question_2: '이번 주가 힘들어졌을 때, 직접 일하는 쪽으로 물러났나요, 아니면 이끌었나요?',
  popup_question_3:
    '혁신 시간이 아무도 가져갈 수 없는 곳에 예약되어 있었나요, 아니면 저녁으로 밀려났나요?',
  popup_question_4: '목표가 지금의 역할과 책임 범위에 맞나요, 아니면 이전 역할에서 온 습관인가요?',
  popup_question_5: '구체적인 다음 단계가 없어 이번 주에 멈춘 아이디어는 무엇인가요?',
  popup_question_6:
    '무엇을 자동화하면 절약한 시간이 더 많은 일이 아니라 다음 지평으로 갈 수 있을까요?',
  popup_question_7: '팀의 일이 다른 팀의 일과 만나는 곳은 어디이며, 팀은 그 경계를 보고 있나요?',
  popup_question_8:
    '이번 주의 실행이 어떤 아이디어를 키웠고, 아이디어가 다음 주의 실행을 어떻게 덜어 줄 수 있을까요?',
  popup_question_9: '팀이 당신 없이 맡을 수 있는 정기 회의는 무엇인가요?',
  popup_question_10:
    '팀에서 작은 빈틈을 발견하고 해결책을 제안한 사람은 누구이며, 그 점을 말해 주었나요?',
  popup_question_11: '다음 주에 한 지평 더 멀리 본다면 무엇을 위해 시간을 예약하겠어요?',
  popup_question_12:
    '이번 주 양자택일처럼 느껴진 요구는 무엇이며, 어떻게 둘 다 가능하게 만들 수 있을까요?',

  popup_read_back: '← 이번 주로 돌아가기',
  popup_read_heading: 'Polarity가 읽은 내용',
  popup_read_loading: '마지막으로 읽은 내용을 확인하는 중…',
  popup_read_error: 'Polarity에 요청하지 못했습니다.',
  popup_read_none:
    '브라우저가 시작된 후 Polarity가 Google 캘린더 페이지를 읽지 않았습니다. 페이지를 연 다음 다시 확인하세요.',
  popup_read_cant: '이 보기를 읽을 수 없습니다',
  popup_read_verdict_other: '$2 읽음: 일정 $1개 집계.',
  popup_view_day: '일 보기',
  popup_view_week: '주 보기',
  popup_view_customday: '맞춤 보기(일)',
  popup_view_customweek: '맞춤 보기(주)',
  popup_view_month: '월 보기',
  popup_view_agenda: '일정 목록 보기',
  popup_view_year: '연 보기',
  popup_view_current: '현재 보기',
  popup_read_not_stored:
    '이 페이지에서는 아무것도 저장되지 않았습니다. 수치는 그대로입니다. 아래 페이지 보고서는 현재 페이지 모습을 보여 주어 문제를 고치는 데 도움이 됩니다.',
  popup_read_chips_found: '찾은 일정 칩',
  popup_read_chips_unread: 'Polarity가 읽지 못한 칩',
  popup_read_not_counted: '집계 제외',
  popup_read_nothing: '없음',
  popup_read_per_day: '일별 집계',
  popup_read_events: '일정',
  popup_read_time: '시간',
  popup_read_partly: '일부만 표시됨',
  popup_read_time_blocks_other: '(시간 블록 $1개)',
  popup_read_partly_note:
    '일부만 표시됨: 그날의 칩을 읽지 못했거나 "N개 더보기"가 일정을 가리고 있습니다. Polarity는 그날 저장한 내용을 유지하고 추가만 합니다.',
  popup_read_why_heading: '집계 제외 항목과 이유',
  popup_read_no_title: '(제목 없음)',
  popup_why_declined: '거절함',
  popup_why_task: '할 일',
  popup_why_all_day: '종일',
  popup_why_holiday: '공휴일',
  popup_why_birthday: '생일',
  popup_why_working_location: '근무 위치',
  popup_why_out_of_office: '부재중',
  popup_count_declined_other: '거절함 $1개',
  popup_count_task_other: '할 일 $1개',
  popup_count_all_day_other: '종일 $1개',
  popup_count_holiday_other: '공휴일 $1개',
  popup_count_birthday_other: '생일 $1개',
  popup_count_working_location_other: '근무 위치 $1개',
  popup_count_out_of_office_other: '부재중 $1개',
  popup_read_report_heading: '문제 신고',
  popup_read_report_note:
    '버그 신고에 첨부할 수 있도록 페이지 구조를 파일로 저장합니다. 그 안의 모든 제목, 이름, 주소, 설명, ID는 자리표시자로 바뀝니다.',
  popup_read_report_save: '페이지 보고서 저장',
  review_too_many_rules: '규칙은 최대 $1개까지입니다. 옵션에서 하나를 삭제하세요.',
};
