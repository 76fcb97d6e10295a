import type { Rsvp } from '@/utils/shared/types';
import type { LocaleSpec } from './types';

/** Length of the separator found by the last `nextSep`. */
export let sepLength = 0;

/** Index of the first field separator at or after `from`, or -1. */
export function nextSep(text: string, seps: readonly string[], from: number): number {
  let best = -1;
  for (const sep of seps) {
    const i = text.indexOf(sep, from);
    if (i !== -1 && (best === -1 || i < best)) {
      best = i;
      sepLength = sep.length;
    }
  }
  return best;
}

/** Number of separators in `text[from, to)`. */
export function countSeps(text: string, seps: readonly string[], from: number, to: number): number {
  let n = 0;
  for (
    let i = nextSep(text, seps, from);
    i !== -1 && i < to;
    i = nextSep(text, seps, i + sepLength)
  )
    n++;
  return n;
}

/** True when a separator ends exactly at `at` (the start of a field). */
export function fieldStartsAt(text: string, spec: LocaleSpec, at: number): boolean {
  let i = at;
  const open = spec.titleQuotes?.[0];
  if (open && text.startsWith(open, i - open.length)) i -= open.length;
  for (const sep of spec.sep) if (text.startsWith(sep, i - sep.length)) return true;
  return false;
}

/** Where the field that begins a title ending at `at` stops: at a separator, after spaces or a quote. */
export function fieldEndsAt(text: string, spec: LocaleSpec, at: number): number {
  let i = at;
  const close = spec.titleQuotes?.[1];
  if (close && text.startsWith(close, i)) i += close.length;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === text.length) return i;
  for (const sep of spec.sep) if (text.startsWith(sep, i)) return i;
  return -1;
}

export function startsWithAny(
  text: string,
  from: number,
  words: readonly string[] | undefined,
): number {
  if (words) for (const w of words) if (text.startsWith(w, from)) return w.length;
  return 0;
}

/** The field from `from` to the next separator (or the end), trimmed. */
export function fieldAt(text: string, seps: readonly string[], from: number): string {
  const end = nextSep(text, seps, from);
  if (end !== -1) return text.slice(from, end).trim();
  // The last field can end in a separator without its space (`Graphite,`).
  const last = text.slice(from).trim();
  for (const sep of seps) {
    const bare = sep.trim();
    if (bare && last.endsWith(bare)) return last.slice(0, last.length - bare.length).trim();
  }
  return last;
}

/** Removes the title quotes (`「…」`) or calendar-name quotes (`„…“`). */
export function unquote(s: string, quotes: readonly [string, string] | undefined): string {
  if (quotes && s.startsWith(quotes[0]) && s.endsWith(quotes[1]) && s.length >= 2) {
    return s.slice(quotes[0].length, s.length - quotes[1].length).trim();
  }
  return s;
}

/** The RSVP that the whole field at `at` states, if any. */
export function rsvpAt(
  words: readonly (readonly [string, Rsvp])[],
  spec: LocaleSpec,
  text: string,
  at: number,
): Rsvp | undefined {
  for (const [word, rsvp] of words) {
    if (text.startsWith(word, at) && fieldEndsAt(text, spec, at + word.length) !== -1) return rsvp;
  }
  return undefined;
}
