// The tag control's and toasts' own labels in English: the one part of the
// catalogue the content script carries, for a page whose strings did not
// arrive (the background could not answer). Everything else a page shows
// (reasons, nudges, units) comes from the background with its language.
export const enControl = {
  page_control_label: 'Polarity category',
  page_category_group: 'Category',
  page_execution: 'Execution',
  page_innovation: 'Innovation',
  page_exclude: 'Exclude',
  page_auto: 'Auto',
  page_apply_to: 'Apply to',
  page_scope_event: 'This event',
  page_scope_series: 'All events in the series',
  page_reading: 'Reading…',
  page_never_counted: '$1 · never counted',
  page_tag_error: 'Could not save the tag. Reload the page and try again.',
  page_dismiss: 'Dismiss',
  page_nudges_label: 'Polarity nudges',
} as const;
