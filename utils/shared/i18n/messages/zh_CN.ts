import { zhCNCheck } from './check/zh_CN';
import { zhCNReviewServes } from './review-serves/zh_CN';
import { zhCNPopupMore } from './popup-more/zh_CN';
import { zhCNOptions } from './options/zh_CN';
import { zhCNLegend } from './legend/zh_CN';
import { zhCNWelcome } from './welcome/zh_CN';
import type { Messages } from '../render';
import { zhCNExport } from './export/zh_CN';
import { zhCNPlan } from './plan/zh_CN';
import { zhCNDataHealth } from './data-health/zh_CN';
import { zhCNPopup } from './popup/zh_CN';
import { zhCNPageMore } from './page/zh_CN';
import { zhCNReader } from './reader/zh_CN';

// Simplified Chinese. Product words: ../glossary.ts.
export const zhCN: Messages = {
  ...zhCNCheck,
  ...zhCNPageMore,
  ...zhCNExport,
  ...zhCNReader,
  ...zhCNDataHealth,
  ...zhCNPopup,
  ext_name: 'Polarity',
  ext_description:
    '让执行与创新保持平衡:在工具栏显示 Google 日历中本周的时间分配,创新时间被占用时提醒您。',
  ext_action_title: 'Polarity',
  page_control_label: 'Polarity 类别',
  page_category_group: '类别',
  page_execution: '执行',
  page_innovation: '创新',
  page_exclude: '排除',
  page_auto: '自动',
  page_apply_to: '应用于',
  page_scope_event: '此活动',
  page_scope_series: '该系列的所有活动',
  page_reading: '正在读取…',
  page_never_counted: '$1 · 从不计入',
  page_tag_error: '无法保存类别。请重新加载页面后再试。',
  page_dismiss: '关闭',
  page_nudges_label: 'Polarity 提醒',
  reason_tag: '由您设置',
  reason_series_tag: '为整个系列设置',
  reason_rule: '规则 $1:$2',
  reason_keyword: '自动:关键字“$1”',
  reason_no_keyword: '自动:没有创新关键字',
  reason_allday: '自动:全天活动',
  reason_task: '自动:Google Tasks',
  reason_working_location: '自动:工作地点',
  reason_out_of_office: '自动:不在办公室',
  reason_holiday: '自动:节假日',
  reason_birthday: '自动:生日',
  rule_why_keyword: '关键字“$1”',
  rule_why_regex: '标题匹配 $1',
  rule_why_calendar: '日历“$1”',
  rule_why_color: '颜色“$1”',
  rule_why_guests: '有邀请对象',
  rule_why_solo: '无邀请对象',
  rule_why_time_block: '时间块',
  nudge_taken_title: '创新时间被占用:$1',
  nudge_taken_message: '$1:损失 $2。\n$3',
  nudge_cause_overlap: '“$1”与其重叠',
  nudge_cause_overlap_unnamed: '有活动与其重叠',
  nudge_cause_deleted: '它已被删除',
  nudge_cause_shortened: '它已被缩短',
  nudge_cause_moved_out: '它已被移出本周',
  nudge_rebook: '重新预订',
  nudge_open: '在日历中打开',
  nudge_next_unseen_title: '下周:已预订创新时间了吗?',
  nudge_next_unseen_message:
    'Polarity 还没有看到下周,因此无法判断。请在 Google 日历中打开下周,在日程排满之前预订创新时间。',
  nudge_next_empty_title: '下周没有预订创新时间',
  nudge_next_empty_message: '在已查看的 7 天中的 $1 天里都没有。请在别人占用之前预订一个时间块。',
  nudge_book_time: '预订时间',
  nudge_open_next_week: '打开下周',
  nudge_block_title: '创新时间',
  badge_unreadable: 'Polarity$1:$2。已存储的数据保持不变。',
  badge_first_visit: 'Polarity$1:请在 Google 日历中打开本周以进行统计',
  badge_nothing_counted: 'Polarity$1:本周没有执行或创新时间($2)',
  ...zhCNWelcome,
  ...zhCNLegend,
  badge_account: '(账号 u/$1)',
  badge_days_seen: '已查看 7 天中的 $1 天',
  badge_no_overrides: '无占用',
  badge_overrides_other: '$1 次创新时间占用待处理',
  badge_after_hours: ';工作时间以外的创新 $1',
  badge_storage_full:
    'Polarity:存储空间已满,最新的日历更改未能保存(已存储的内容没有丢失)。请释放磁盘空间,或在选项中减少保留的历史记录。',
  unit_hours: '$1 小时',
  unit_minutes: '$1 分钟',
  unit_hours_minutes: '$1 小时 $2 分钟',
  ...zhCNPlan,
  ...zhCNReviewServes,
  ...zhCNPopupMore,
  ...zhCNOptions,
};
