// Page-side words added with the in-page language (issue 16): the toast's
// spoken summary. Sent to the page with the rest of `page_` (../../page-strings.ts).
export const enPageMore = {
  page_toast_status: '$1. $2',
} as const;
