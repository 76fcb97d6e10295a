// What every nudge kind hands to the page's toast and to notifications: plain
// strings only, rendered as text. Each kind writes its own words
// (utils/background/nudges/<kind>/text.ts).

/** A nudge as the page's toast shows it. */
export interface ToastNudge {
  key: string;
  title: string;
  message: string;
  /** Label of the Rebook-style action ("Rebook", "Book time"). */
  rebookLabel: string;
  /** Label of the open action ("Open in Calendar", "Open next week"). */
  openLabel: string;
}

export type NudgeAction = 'rebook' | 'open' | 'dismiss';

export const NUDGE_ACTIONS: readonly NudgeAction[] = ['rebook', 'open', 'dismiss'];

/** Titles come from anyone who can send an invitation: cut long ones, keep them text. */
export const clip = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** `45 min`, `2 h`, `1 h 30 min`, the way the popup writes block lengths. */
export function formatMinutes(min: number): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
