import type { Rsvp } from '../../types';
import type { LocaleSpec } from './types';

/** A LocaleSpec turned into what the hot path needs, built once per language. */
export interface CompiledLocale {
  /** Google's code for the language (`en_GB`), for its month names. */
  code: string;
  spec: LocaleSpec;
  /**
   * One candidate clock time per match. Groups: 1 am-before, 2 pm-before,
   * 3 hour, 4 minutes, 5 am-after, 6 pm-after.
   */
  time: RegExp;
  range: ReadonlySet<string>;
  rsvp: ReadonlyMap<string, Rsvp>;
}

const NEVER = '(?!)';
/** Range punctuation every language's visible time label uses. */
const DASHES = ['-', '–', '—', '~', '～', '至'];
// LRM/RLM sit between numbers and markers in right-to-left text.
const GAP = '[\\s\\u200e\\u200f]*';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so `a.m.` wins over `a` and `ໂມງກ່ອນທ່ຽງ` over `ກ່ອນທ່ຽງ`. */
function alternatives(words: readonly string[] | undefined): string {
  if (!words || words.length === 0) return NEVER;
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

export function compileLocale(code: string, spec: LocaleSpec): CompiledLocale {
  const am = alternatives(spec.am);
  const pm = alternatives(spec.pm);
  const before = spec.markerFirst ? `(?:(?:(${am})|(${pm}))${GAP})?` : `(?:(${NEVER})|(${NEVER}))?`;
  const minutes = spec.dotTime ? '[:.]' : ':';
  const hourWord = spec.hourWord ? `(?:${GAP}(?:${alternatives(spec.hourWord)}))?` : '';
  // A marker must end its word: Arabic `م` also starts the month `مايو`.
  const after = spec.markerFirst
    ? `(?:(${NEVER})|(${NEVER}))?`
    : `(?:${GAP}(?:(${am})|(${pm}))(?![\\p{L}\\p{M}\\p{N}]))?`;
  // Neither half of a cut-off `9.3` or `13:0` is a time: text can be truncated.
  const hour = `(?<!\\d|\\d${minutes})(\\d{1,2})`;
  const time = new RegExp(
    `${before}${hour}(?:${minutes}(\\d{2}))?(?!\\d|${minutes}\\d)${hourWord}${after}`,
    'giu',
  );
  const rsvp = new Map<string, Rsvp>();
  if (spec.rsvp) {
    for (const [value, words] of Object.entries(spec.rsvp) as [Rsvp, readonly string[]][]) {
      for (const w of words) rsvp.set(w.toLowerCase(), value);
    }
  }
  const range = new Set([...DASHES, ...spec.range.map((r) => r.toLowerCase())]);
  return { code, spec, time, range, rsvp };
}
