import type { Msg } from './i18n/msg';

// What every nudge kind hands to the page's toast and to notifications:
// sentences as data (Msg), rendered by the receiver in its reader's language
// (the toast in the Calendar page's, a notification in the browser's), as
// text. Each kind writes its own words (utils/background/nudges/<kind>/text.ts).

/** A nudge's title and message. */
export interface NudgeText {
  title: Msg;
  message: Msg;
}

/** A nudge as the page's toast shows it. */
export interface ToastNudge extends NudgeText {
  key: string;
  /** Label of the Rebook-style action ("Rebook", "Book time"). */
  rebookLabel: Msg;
  /** Label of the open action ("Open in Calendar", "Open next week"). */
  openLabel: Msg;
}

export type NudgeAction = 'rebook' | 'open' | 'dismiss';

export const NUDGE_ACTIONS: readonly NudgeAction[] = ['rebook', 'open', 'dismiss'];

/** Titles come from anyone who can send an invitation: cut long ones, keep them text. */
export const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
