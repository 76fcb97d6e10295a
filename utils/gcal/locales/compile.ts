import type { Rsvp } from '@/utils/shared/types';
import type { LocaleSpec } from './types';

/** A LocaleSpec turned into what the hot path needs, built once per language. */
export interface CompiledLocale {
  /** Google's code for the language (`en_GB`), for its month names. */
  code: string;
  spec: LocaleSpec;
  /** One candidate clock time per match; the capture groups are numbered below. */
  time: RegExp;
  hourGroup: number;
  minuteGroup: number;
  amGroup: number;
  pmGroup: number;
  range: ReadonlySet<string>;
  /** Whole-field RSVP words, as written. */
  rsvp: readonly (readonly [string, Rsvp])[];
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
  const minutes = spec.dotTime ? '[:.]' : ':';
  const hourWord = spec.hourWord ? `(?:${GAP}(?:${alternatives(spec.hourWord)}))?` : '';
  // Neither half of a cut-off `9.3` or `13:0` is a time: text can be truncated.
  const clock = `(?<!\\d|\\d${minutes})(\\d{1,2})(?:${minutes}(\\d{2}))?(?!\\d|${minutes}\\d)${hourWord}`;
  // A marker must end its word: Arabic `م` also starts the month `مايو`.
  const source = spec.markerFirst
    ? `(?:(?:(${am})|(${pm}))${GAP})?${clock}`
    : `${clock}(?:${GAP}(?:(${am})|(${pm}))(?![\\p{L}\\p{M}\\p{N}]))?`;
  const groups = spec.markerFirst ? [3, 4, 1, 2] : [1, 2, 3, 4];
  const rsvp: [string, Rsvp][] = [];
  if (spec.rsvp) {
    for (const [value, words] of Object.entries(spec.rsvp) as [Rsvp, readonly string[]][]) {
      for (const w of words) rsvp.push([w, value]);
    }
  }
  // Longest first: a word that begins another must not cut it short.
  rsvp.sort((a, b) => b[0].length - a[0].length);
  const range = new Set([...DASHES, ...spec.range.map((r) => r.toLowerCase())]);
  return {
    code,
    spec,
    time: new RegExp(source, 'giu'),
    hourGroup: groups[0] as number,
    minuteGroup: groups[1] as number,
    amGroup: groups[2] as number,
    pmGroup: groups[3] as number,
    range,
    rsvp,
  };
}
