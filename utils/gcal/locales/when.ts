import { found, readRange } from './clock';
import type { CompiledLocale } from './compile';
import { countSeps, nextSep, sepLength } from './fields';

// A when-part spanning several fields is the dated overnight form, whose
// dates hold the separator (`9 ஜூன், 2024, 22:15 முதல் 10 ஜூன், 2024, 06:30`);
// past that many separators a time belongs to the title or the location.
const MAX_WHEN_SEPS = 6;
const YEAR = /(?<!\d)\d{4}(?!\d)/;
const YEAR_AT = /(?<!\d)\d{4}(?!\d)/g;

/**
 * Reads the times when the title is not known, and returns where the
 * when-part ends: the index of the separator after it, the text's length when
 * nothing follows, or -1 when there are no readable times.
 */
export function whenFromFields(loc: CompiledLocale, text: string): number {
  const seps = loc.spec.sep;
  const first = nextSep(text, seps, 0);
  // A first field without any digit is a label we don't know (a localized
  // "All day"): the times found further on would be the title's.
  if (!/\d/.test(first === -1 ? text : text.slice(0, first))) return -1;
  if (!readRange(loc, text, 0, text.length, true)) return -1;
  const seen = countSeps(text, seps, 0, found.endEnd);
  if (seen > 0) {
    if (seen > MAX_WHEN_SEPS || !YEAR.test(text.slice(0, found.endEnd))) return -1;
  }
  let end = found.endEnd;
  // Dates written after their times (`Từ 22:15 9 tháng 6, 2024 đến 06:30 10
  // tháng 6, 2024`): the end's date, up to its year, is still the when-part.
  const between = text.slice(found.startEnd, found.endAt);
  if (YEAR.test(between) && !YEAR.test(text.slice(0, found.startAt))) {
    YEAR_AT.lastIndex = end;
    const year = YEAR_AT.exec(text);
    // The end's date sits in the end time's field or the next one.
    const s1 = nextSep(text, seps, end);
    const s2 = s1 === -1 ? -1 : nextSep(text, seps, s1 + sepLength);
    if (year && (s2 === -1 || year.index < s2)) end = year.index + 4;
  }
  const sep = nextSep(text, seps, end);
  return sep === -1 ? text.length : sep;
}
