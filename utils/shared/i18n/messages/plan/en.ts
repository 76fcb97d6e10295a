// The week ahead (issue 17): the planned split and the gap, the slots to book,
// weeks on target, innovation that serves execution, the after-hours pattern.
// `plan_` the popup and badge, `serves_` the tag control's "serves" part,
// `nudge_streak_`, `nudge_pattern_` the two nudges.
export const enPlan = {
  plan_badge_gap: '; planned $1%: book $2 more to reach $3%',
  plan_badge_on_target: '; planned $1%',

  plan_heading: 'Week ahead',
  plan_this_week: 'This week',
  plan_next_week: 'Next week',
  plan_planned: 'Planned split: $1% innovation · target $2%',
  plan_nothing_planned: 'Nothing planned yet.',
  plan_so_far: 'So far: $1 innovation, $2 execution',
  plan_ahead: 'Planned: $1 innovation, $2 execution',
  plan_gap: 'Book $1 more to reach $2%.',
  plan_on_target: 'On target as planned.',
  plan_out_of_reach: 'A $1% target cannot be reached while execution is booked.',
  plan_unseen: 'Not seen yet.',
  plan_open_week: 'Open it in Google Calendar',
  plan_days_seen: 'Planned from the $1 of 7 days seen.',
  plan_slots_label: 'Free slots in working hours',
  plan_book_slot: 'Book $1',
  plan_no_slots: 'No free slot in working hours in the days seen.',
  plan_weekly: 'Repeat every week',
  plan_other_hours: 'Also show time outside working hours',
  plan_other_slots_label: 'Free slots outside working hours',
  plan_booking_note:
    'Opens Google Calendar’s own new-event page, filled in; nothing is saved until you save it there.',

  plan_streak_one: '$1 week on target in a row',
  plan_streak_other: '$1 weeks on target in a row',
  plan_streak_at_least_one: 'At least $1 week on target in a row',
  plan_streak_at_least_other: 'At least $1 weeks on target in a row',
  plan_streak_none: 'Last week was below target: no run of weeks on target yet.',
  plan_streak_kept: 'This week’s plan keeps it going.',
  plan_streak_at_risk: 'This week is planned below target: book the gap to keep the run.',

  plan_pattern_heading: 'Innovation after hours, two weeks running',
  plan_pattern_weeks: 'Week of $1: $2% of innovation outside working hours.',
  plan_pattern_reason:
    'Innovation squeezed into the evenings after a full day of execution leads to burnout. Book it inside the working day, where it can be protected.',

  nudge_streak_title_one: 'Keep your $1 week on target',
  nudge_streak_title_other: 'Keep your $1 weeks on target',
  nudge_streak_message:
    'This week is planned at $1% against a $2% target. Book $3 more: $4 is free.',
  nudge_streak_message_no_slot:
    'This week is planned at $1% against a $2% target. Book $3 more before the week ends.',
  nudge_pattern_title: 'Innovation after hours, two weeks running',
  nudge_pattern_message:
    'Most of your innovation was outside working hours for two weeks. That path leads to burnout: book it inside the working day.',
  nudge_book_slot: 'Book the slot',
  nudge_open_week: 'Open this week',

  opt_ahead_heading: 'Week ahead',
  opt_block_name_label: 'Title of a block booked from the popup',
  opt_block_name_hint:
    'The popup’s slot buttons open Google Calendar’s new-event page with this title. Leave it empty for the default.',
  opt_block_name_saved: 'Booked blocks will be titled “$1”.',
  opt_streak_label: 'When a run of weeks on target is about to break',
  opt_streak_hint:
    'Late in the working week, when this week is planned below target: one reminder, with a free slot.',
  opt_pattern_label: 'When innovation moves after hours',
  opt_pattern_hint:
    'Once, when most innovation was outside working hours two weeks running, with slots inside them.',
  opt_nudge_on: 'On: $1.',
  opt_nudge_off: 'Off: $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Serves…',
  serves_none: 'Nothing in particular',
  serves_heading: 'Innovation that serves execution',
  serves_share: '$1 of this week’s $2 of innovation served execution.',
  serves_item: '$1: $2',
  serves_empty:
    'None of this week’s innovation is linked to execution. In Google Calendar, open an innovation event and choose what it serves under “Serves…”.',
  serves_trend_heading: 'Over eight weeks',
  serves_trend_down: '$1: execution time went down after the work, from $2 to $3 a week.',
  serves_trend_up: '$1: execution time went up after the work, from $2 to $3 a week.',
  serves_trend_same: '$1: execution time stayed at $2 a week after the work.',
  serves_trend_unknown: '$1: not enough weeks before and after the work to tell yet.',
} as const;
