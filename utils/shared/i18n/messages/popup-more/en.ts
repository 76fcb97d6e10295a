// The popup's sections below the first screen, its other states (first run,
// no data, errors, "Show what Polarity read") and the numbers they show
// (issue 16). `popup_` the toolbar popup, `review_` the review page. Numbers
// and percentages are formatted by Intl before they fill `$1`…
export const enPopupMore = {
  popup_loading: 'Loading your week…',
  popup_show_read: 'Show what Polarity read',
  popup_hours: '$1 h',
  popup_chart_hours: '$1h',
  popup_week_number: 'W$1',

  popup_first_heading: 'Welcome to Polarity',
  popup_first_intro: 'Polarity learns your week by reading Google Calendar as you look at it.',
  popup_first_step_open: 'Open Google Calendar in week view.',
  popup_first_step_browse: 'Browse the weeks you want counted: each one shown is remembered.',
  popup_first_step_back: 'Come back here for the split between execution and innovation.',
  popup_first_private: 'Everything stays in this browser. Nothing is sent anywhere.',
  popup_first_open: 'Open Google Calendar',

  popup_nodata_heading: 'Nothing seen for this week',
  popup_nodata_text: 'Polarity counts a week once you have looked at it in Google Calendar.',
  popup_nodata_open: 'Open this week in Google Calendar',

  popup_load_error: 'Couldn’t load the week.',
  popup_try_again: 'Try again',
  popup_error_detail: 'Technical details',
  popup_unreadable_note: 'The figures below are from what was read before.',
  popup_storage_full: 'Storage is full.',
  popup_storage_detail:
    'At $1 Polarity could not save $2, so this week may miss your latest changes. Nothing stored was lost. Free some disk space, or keep less history in Options.',
  popup_storage_what_tag: 'a tag',
  popup_storage_what_nudge: 'a nudge you answered',
  popup_storage_what_page: 'the calendar page',
  popup_storage_what_change: 'a change',

  popup_daily_label: 'Execution and innovation per day: $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'execution $1, innovation $2',
  popup_not_seen: 'not seen',
  popup_show_table: 'Show as a table',
  popup_day: 'Day',

  popup_blocks_none: 'No innovation block this week. Book one before the week fills up.',
  popup_blocks_kept_count: '$1 of $2 kept',
  popup_block_kept: 'Kept',
  popup_block_kept_double: 'Kept, $1 double-booked',
  popup_block_overridden: 'Overridden, $1 lost',
  popup_block_overlap: 'overlapped by $1, $2 lost',
  popup_block_overlap_unnamed: 'overlapped, $1 lost',
  popup_block_deleted: 'deleted, $1 lost',
  popup_block_shortened: 'shortened, $1 lost',
  popup_block_moved: 'moved out of the week, $1 lost',
  popup_block_rebooked: 'rebooked',
  popup_block_dismissed: 'dismissed',

  popup_after_within: 'All innovation time was within working hours.',
  popup_after_outside: '$1 of $2 innovation ($3) was outside working hours.',
  popup_after_warning:
    'Innovation squeezed into evenings after a full day of execution is a path to burnout: book it inside the working day.',

  popup_largest_series_one: 'series, $1 time',
  popup_largest_series_other: 'series, $1 times',
  popup_largest_repeated_one: 'repeated, $1 time',
  popup_largest_repeated_other: 'repeated, $1 times',

  popup_trend_label: 'Innovation share per week against a $1 target: $2',
  popup_trend_point: '$1: $2 ($3 of 7 days seen)',
  popup_trend_no_data: '$1: no data',
  popup_trend_note: 'Innovation % per week; the dashed line is your $1 target.',
  popup_show_list: 'Show as a list',

  popup_export_csv: 'This week as CSV',
  popup_export_json: 'All data as JSON',
  popup_saved_file: 'Saved $1',
  popup_export_failed: 'Export failed.',
  popup_no_page_report: 'No page report.',

  popup_question_1:
    'Which part of this week’s execution could become a checklist or template someone else can run?',
  popup_question_2:
    'When the week got hard, did you retreat into doing the work yourself, or did you lead it?',
  popup_question_3:
    'Was your innovation time booked where nobody could take it, or did it drift into your evenings?',
  popup_question_4:
    'Is your target right for your role and scope today, or is it a habit from an earlier role?',
  popup_question_5: 'Which idea of yours stalled this week for lack of a concrete next step?',
  popup_question_6:
    'What could be automated, so the time saved goes to the next horizon instead of more work?',
  popup_question_7:
    'Where does your team’s work meet other teams’, and does your team see those edges?',
  popup_question_8:
    'How did execution this week feed an idea, and how could an idea ease next week’s execution?',
  popup_question_9: 'Which recurring meeting could your team own without you?',
  popup_question_10: 'Who on your team spotted a small gap and proposed a fix, and did you say so?',
  popup_question_11:
    'If you looked one horizon further out next week, what would you book time for?',
  popup_question_12:
    'Which demands felt like either/or this week, and how could they become both/and?',

  popup_read_back: '← Back to the week',
  popup_read_heading: 'What Polarity read',
  popup_read_loading: 'Looking at the last read…',
  popup_read_error: 'Couldn’t ask Polarity.',
  popup_read_none:
    'Polarity hasn’t read a Google Calendar page since the browser started. Open one, then look again.',
  popup_read_cant: 'Can’t read this view',
  popup_read_verdict_one: 'Read the $2 view: $1 event counted.',
  popup_read_verdict_other: 'Read the $2 view: $1 events counted.',
  popup_view_day: 'day',
  popup_view_week: 'week',
  popup_view_customday: 'custom days',
  popup_view_customweek: 'custom week',
  popup_view_month: 'month',
  popup_view_agenda: 'schedule',
  popup_view_year: 'year',
  popup_view_current: 'current',
  popup_read_not_stored:
    'Nothing from this page was stored: your figures are as they were. A page report (below) shows what the page looks like now, so it can be fixed.',
  popup_read_chips_found: 'Event chips found',
  popup_read_chips_unread: 'Chips Polarity couldn’t read',
  popup_read_not_counted: 'Not counted',
  popup_read_nothing: 'nothing',
  popup_read_per_day: 'Counted per day',
  popup_read_events: 'Events',
  popup_read_time: 'Time',
  popup_read_partly: 'partly shown',
  popup_read_time_blocks_one: '($1 time block)',
  popup_read_time_blocks_other: '($1 time blocks)',
  popup_read_partly_note:
    'Partly shown: a chip there couldn’t be read, or “N more” hides events. Polarity keeps what it stored for those days and only adds to it.',
  popup_read_why_heading: 'Not counted, and why',
  popup_read_no_title: '(no title)',
  popup_why_declined: 'declined',
  popup_why_task: 'task',
  popup_why_all_day: 'all-day',
  popup_why_holiday: 'holiday',
  popup_why_birthday: 'birthday',
  popup_why_working_location: 'working location',
  popup_why_out_of_office: 'out of office',
  popup_count_declined_one: '$1 declined',
  popup_count_declined_other: '$1 declined',
  popup_count_task_one: '$1 task',
  popup_count_task_other: '$1 tasks',
  popup_count_all_day_one: '$1 all-day',
  popup_count_all_day_other: '$1 all-day',
  popup_count_holiday_one: '$1 holiday',
  popup_count_holiday_other: '$1 holidays',
  popup_count_birthday_one: '$1 birthday',
  popup_count_birthday_other: '$1 birthdays',
  popup_count_working_location_one: '$1 working location',
  popup_count_working_location_other: '$1 working locations',
  popup_count_out_of_office_one: '$1 out of office',
  popup_count_out_of_office_other: '$1 out of office',
  popup_read_report_heading: 'Report a problem',
  popup_read_report_note:
    'Saves the page’s structure as a file to attach to a bug report. Every title, name, address, description and id in it is replaced by a placeholder.',
  popup_read_report_save: 'Save a page report',
  review_too_many_rules: 'At most $1 rules fit; remove one in Options.',
} as const;
