// The welcome page (first run), Options' "Getting started", and the badge
// title's state in words. Spread into ../en.ts.
export const enWelcome = {
  welcome_title: 'Welcome to Polarity',
  welcome_lead:
    'Execution and innovation are a polarity: two needs you manage together. Polarity reads your Google Calendar week, tells the two apart and keeps the split in sight. Nothing leaves this browser.',
  welcome_role_heading: '1. Your role and scope',
  welcome_role_hint:
    'The right split depends on the scope of your role. Pick the one closest to yours: it is saved at once, and you can change it in Options.',
  welcome_week_heading: '2. Your working week',
  welcome_week_hint:
    'Innovation outside these hours still counts, and is shown as after-hours time.',
  welcome_tag_heading: '3. How to tag',
  welcome_tag_auto:
    'Every event gets a category by itself: titles with words like “prototype” or “strategy” count as innovation, all-day events and out of office are excluded, the rest is execution.',
  welcome_tag_fix:
    'To correct one, open the event in Google Calendar: under its details Polarity shows four buttons, Execution, Innovation, Exclude and Auto. For a recurring event you can tag the whole series.',
  welcome_marks_intro: 'Each event on the calendar carries a bar on its left edge:',
  welcome_marks_label: 'Markers on the calendar',
  welcome_mark_innovation: 'Innovation: a wide teal bar and a ring round the event.',
  welcome_mark_execution: 'Execution: a narrow navy bar.',
  welcome_mark_excluded: 'Excluded: a striped bar and a hatch; it does not count.',
  welcome_badge_heading: '4. What the badge means',
  welcome_badge_lead:
    'The toolbar icon shows this week’s innovation share. Its tooltip says the state in words, with the hours, the target and the days seen.',
  welcome_badges_label: 'Badge states',
  welcome_badge_on_target: 'Green: at or above your target.',
  welcome_badge_below: 'Light amber, dark text: below your target.',
  welcome_badge_override: 'Dark red: innovation time was taken and is not dealt with yet.',
  welcome_badge_none: 'Grey, no number: nothing counted yet.',
  welcome_open_heading: '5. Open Google Calendar',
  welcome_open_hint:
    'Polarity counts the weeks you open in week view. Open this week, then browse back a few weeks to fill your history.',
  welcome_open_button: 'Open Google Calendar',
  welcome_later: 'You can come back to this page from Options.',
  welcome_options_button: 'Open Options',

  options_start_heading: 'Getting started',
  options_welcome_button: 'Show the welcome page',
  options_welcome_hint: 'Role and target, working week, how tagging and the badge work.',
  options_shortcut: 'Keyboard shortcut for the Polarity popup:',
  options_shortcut_none: 'No keyboard shortcut is set for the Polarity popup.',
  options_shortcut_change:
    'You can change it in your browser’s extension shortcuts (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons, Manage Extension Shortcuts).',

  badge_split_on_target:
    'Polarity$1: on target. Innovation $2% ($3), execution $4% ($5); target $6%; $7$8; $9',
  badge_split_below:
    'Polarity$1: below target. Innovation $2% ($3), execution $4% ($5); target $6%; $7$8; $9',
  badge_split_override:
    'Polarity$1: innovation time taken. Innovation $2% ($3), execution $4% ($5); target $6%; $7$8; $9',
} as const;
