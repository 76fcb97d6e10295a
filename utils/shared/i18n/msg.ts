import type { en } from './messages/en';

/** Every message name of the catalogue (plural forms included, as `base_one`, `base_other`…). */
export type MessageKey = keyof typeof en;
/** A plural message's name without its `_one`/`_other` ending. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}_other` ? B : never;
}[MessageKey];

/**
 * A sentence as data: which message, and what fills its `$1`…`$9`. Built
 * where the facts are (the background, the classifier), rendered where it is
 * read, in that reader's language: a toast in the Calendar page's language,
 * a notification in the browser's.
 */
export interface Msg {
  key: MessageKey | PluralKey;
  /** For a plural message: the number that chooses its form (and fills `$1`). */
  count?: number;
  subs?: Sub[];
}

export type Sub =
  | string
  | number
  | Msg
  /** A start and end in epoch ms, written as a date and time range. */
  | { range: [number, number] }
  /** A length of time, written `45 min`, `2 h`, `1 h 30 min` in the reader's words. */
  | { minutes: number };

export const msg = (key: Msg['key'], ...subs: Sub[]): Msg =>
  subs.length ? { key, subs } : { key };
export const plural = (key: PluralKey, count: number, ...subs: Sub[]): Msg => ({
  key,
  count,
  subs: [count, ...subs],
});
