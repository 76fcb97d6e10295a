import { numberFormat, pluralRules, slotFormat } from './formats';
import type { Msg, Sub } from './msg';

/** A catalogue's messages by name, `$1`…`$9` positional (the source form of ./messages/*). */
export type Messages = Readonly<Record<string, string>>;

export interface Reader {
  /** BCP 47 tag for Intl (plural rules, numbers, dates). */
  lang: string;
  /** The raw message by name, `$1`…`$9` not yet filled; undefined when missing. */
  lookup(name: string): string | undefined;
}

export function fill(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

const isMsg = (s: Sub): s is Msg => typeof s === 'object' && 'key' in s;

function minutesText(min: number, r: Reader): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  const n = (v: number) => numberFormat(r.lang).format(v);
  const name = h === 0 ? 'unit_minutes' : m === 0 ? 'unit_hours' : 'unit_hours_minutes';
  const subs = h === 0 ? [n(m)] : m === 0 ? [n(h)] : [n(h), n(m)];
  return fill(r.lookup(name) ?? '', subs);
}

function subText(s: Sub, r: Reader): string {
  if (typeof s === 'string') return s;
  if (typeof s === 'number') return numberFormat(r.lang).format(s);
  if (isMsg(s)) return render(s, r);
  if ('minutes' in s) return minutesText(s.minutes, r);
  return slotFormat(r.lang).formatRange(s.range[0], s.range[1]);
}

/** The message in the reader's language; a plural picks its form by Intl.PluralRules. */
export function render(m: Msg, r: Reader): string {
  let name: string = m.key;
  if (m.count !== undefined) {
    const form = pluralRules(r.lang).select(m.count);
    name = r.lookup(`${m.key}_${form}`) !== undefined ? `${m.key}_${form}` : `${m.key}_other`;
  }
  const message = r.lookup(name);
  if (message === undefined) return '';
  return fill(
    message,
    (m.subs ?? []).map((s) => subText(s, r)),
  );
}

/** A reader over a catalogue held in memory (tests, the page's strings, English fallbacks). */
export const catalogueReader = (messages: Messages, lang: string): Reader => ({
  lang,
  lookup: (name) => messages[name],
});
