// What the calendar page shows in its own language: the tag control, the
// toasts, reasons and the nudges' words (also used for notifications). The
// page gets them from the background in the page's language
// (../page-strings.ts); it carries only the control's labels (./en-control.ts).
import { enControl } from './en-control';

export const enPage = {
  ...enControl,

  reason_tag: 'Tagged by you',
  reason_series_tag: 'Series tag',
  reason_rule: 'Rule $1: $2',
  reason_keyword: "Auto: keyword '$1'",
  reason_no_keyword: 'Auto: no innovation keyword',
  reason_allday: 'Auto: all-day event',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: working location',
  reason_out_of_office: 'Auto: out of office',
  reason_holiday: 'Auto: holiday',
  reason_birthday: 'Auto: birthday',
  rule_why_keyword: "keyword '$1'",
  rule_why_regex: 'title matches $1',
  rule_why_calendar: "calendar '$1'",
  rule_why_color: "colour '$1'",
  rule_why_guests: 'has guests',
  rule_why_solo: 'solo',
  rule_why_time_block: 'time block',

  nudge_taken_title: 'Innovation time taken: $1',
  nudge_taken_message: '$1: $2 lost.\n$3',
  nudge_cause_overlap: '“$1” overlaps it',
  nudge_cause_overlap_unnamed: 'An event overlaps it',
  nudge_cause_deleted: 'It was deleted',
  nudge_cause_shortened: 'It was shortened',
  nudge_cause_moved_out: 'It was moved out of the week',
  nudge_rebook: 'Rebook',
  nudge_open: 'Open in Calendar',
  nudge_next_unseen_title: 'Next week: is innovation time booked?',
  nudge_next_unseen_message:
    "Polarity hasn't seen next week yet, so it can't tell. Open it in Google Calendar and book innovation time before the week fills up.",
  nudge_next_empty_title: 'No innovation time booked next week',
  nudge_next_empty_message:
    'None in the $1 of 7 days seen. Book a block before someone else takes the time.',
  nudge_book_time: 'Book time',
  nudge_open_next_week: 'Open next week',
  nudge_block_title: 'Innovation time',

  unit_hours: '$1 h',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 h $2 min',
} as const;
