// The review page's "Serves…" choice on innovation events (issue 17); spread into ../en.ts.
export const enReviewServes = {
  review_serves_label: 'Serves…',
  /** The select's name: the event's title and when it is. */
  review_serves_event: 'Serves…: $1, $2',
  review_serves_none: 'Nothing in particular',
} as const;
