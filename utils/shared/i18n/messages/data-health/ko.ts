import type { Messages } from '../../render';

export const koDataHealth: Messages = {
  data_unreadable: '저장된 데이터 일부를 읽을 수 없어 건너뜁니다. 나머지는 이전과 같이 작동합니다.',
};
