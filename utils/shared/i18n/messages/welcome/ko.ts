import type { enWelcome } from './en';

export const koWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Polarity에 오신 것을 환영합니다',
  welcome_lead:
    '실행과 혁신은 하나의 양극성, 즉 함께 관리해야 하는 두 가지 요구입니다. Polarity는 Google 캘린더의 한 주를 읽어 둘을 구분하고 비율을 늘 보이게 합니다. 데이터는 이 브라우저 밖으로 나가지 않습니다.',
  welcome_role_heading: '1. 역할과 책임 범위',
  welcome_role_hint:
    '알맞은 비율은 역할의 범위에 따라 다릅니다. 가장 가까운 것을 고르세요. 바로 저장되며 옵션에서 언제든 바꿀 수 있습니다.',
  welcome_week_heading: '2. 근무 주간',
  welcome_week_hint: '이 시간 밖의 혁신도 집계되며, 근무 시간 외로 표시됩니다.',
  welcome_tag_heading: '3. 분류하는 방법',
  welcome_tag_auto:
    '모든 일정은 자동으로 카테고리를 받습니다. ‘프로토타입’이나 ‘전략’ 같은 단어가 들어간 제목은 혁신, 종일 일정과 부재중은 제외, 나머지는 실행입니다.',
  welcome_tag_fix:
    '바로잡으려면 Google 캘린더에서 일정을 여세요. 세부정보 아래에 Polarity가 실행, 혁신, 제외, 자동의 네 버튼을 보여 줍니다. 반복 일정은 시리즈 전체에 적용할 수 있습니다.',
  welcome_marks_intro: '캘린더의 각 일정 왼쪽 가장자리에 막대가 표시됩니다.',
  welcome_marks_label: '캘린더의 표시',
  welcome_mark_innovation: '혁신: 넓은 청록색 막대와 일정을 두르는 테두리.',
  welcome_mark_execution: '실행: 좁은 남색 막대.',
  welcome_mark_excluded: '제외: 줄무늬 막대와 빗금. 집계되지 않습니다.',
  welcome_badge_heading: '4. 배지의 의미',
  welcome_badge_lead:
    '툴바 아이콘에 이번 주 혁신 비율이 표시됩니다. 도움말에는 상태가 글로, 시간과 목표, 확인한 일수와 함께 나옵니다.',
  welcome_badges_label: '배지 상태',
  welcome_badge_on_target: '초록색: 목표 이상.',
  welcome_badge_below: '연한 호박색, 어두운 글자: 목표 미만.',
  welcome_badge_override: '짙은 빨간색: 혁신 시간 침해가 있었고 아직 처리되지 않았습니다.',
  welcome_badge_none: '회색, 숫자 없음: 아직 집계된 것이 없습니다.',
  welcome_open_heading: '5. Google 캘린더 열기',
  welcome_open_hint:
    'Polarity는 주 보기에서 연 주를 집계합니다. 이번 주를 열고 몇 주 전으로 넘겨 기록을 채우세요.',
  welcome_open_button: 'Google 캘린더 열기',
  welcome_later: '옵션에서 언제든 이 페이지로 돌아올 수 있습니다.',
  welcome_options_button: '옵션 열기',
  options_start_heading: '시작하기',
  options_welcome_button: '환영 페이지 보기',
  options_welcome_hint: '역할과 목표, 근무 주간, 분류와 배지의 작동 방식.',
  options_shortcut: 'Polarity 팝업을 여는 단축키:',
  options_shortcut_none: 'Polarity 팝업에 설정된 단축키가 없습니다.',
  options_shortcut_change:
    '브라우저의 확장 프로그램 단축키에서 바꿀 수 있습니다(Chrome: chrome://extensions/shortcuts, Firefox: 부가 기능, 확장 기능 단축키 관리).',
  badge_split_on_target: 'Polarity$1: 목표 달성. 혁신 $2%($3), 실행 $4%($5), 목표 $6%, $7$8, $9',
  badge_split_below: 'Polarity$1: 목표 미만. 혁신 $2%($3), 실행 $4%($5), 목표 $6%, $7$8, $9',
  badge_split_override:
    'Polarity$1: 혁신 시간 침해. 혁신 $2%($3), 실행 $4%($5), 목표 $6%, $7$8, $9',
};
