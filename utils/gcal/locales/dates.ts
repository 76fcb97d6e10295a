import type { YMD } from './types';

// Month names come from the browser's own CLDR data (Intl), in every form a
// date can use them: standalone, inside a day-month date (Slavic genitives),
// abbreviated. Google Calendar's text comes from the same CLDR, and only the
// overnight form needs them, so they are built once per language on demand.
const monthsByLang = new Map<string, readonly (readonly [string, number])[]>();

/** Google's UI code → BCP 47, Gregorian calendar and Latin digits (the text's digits are already ASCII). */
function intlLocale(code: string): string {
  const bcp = code === 'iw' ? 'he' : code === 'no' ? 'nb' : code.replace('_', '-');
  return `${bcp}-u-ca-gregory-nu-latn`;
}

function monthNames(code: string): readonly (readonly [string, number])[] {
  let names = monthsByLang.get(code);
  if (names) return names;
  const found = new Map<string, number>();
  try {
    const locale = intlLocale(code);
    const formats = [
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    ];
    for (let m = 1; m <= 12; m++) {
      const date = new Date(Date.UTC(2024, m - 1, 15, 12));
      for (const f of formats) {
        const parts = f.formatToParts(date);
        parts.forEach((part, i) => {
          if (part.type !== 'month') return;
          // Japanese gives the month as `6` and `月` as a literal: keep them together.
          const unit = /^\d+$/.test(part.value) ? /^\S*/.exec(parts[i + 1]?.value ?? '')?.[0] : '';
          // `de juny` (Catalan) is written `de de juny`; `6` alone would match any number.
          const name = (part.value + (unit ?? ''))
            .toLowerCase()
            .replace(/^(de |d’|d')/, '')
            .replace(/\.$/, '');
          if (name.length >= 2 && !/^\d+$/.test(name)) found.set(name, m);
        });
      }
    }
  } catch {
    // No Intl data for this language: dates are simply not read.
  }
  // Longest first: `11月` before `1月`, `tháng 12` before `tháng 1`.
  names = [...found].sort((a, b) => b[0].length - a[0].length);
  monthsByLang.set(code, names);
  return names;
}

const NUMBER = /(?<!\d)\d{1,4}(?!\d)/g;

/** The date in `text[from, to)` (`June 9, 2024`, `2024年 6月 9日`, `9 czerwca 2024`), if whole. */
export function readDate(code: string, text: string, from: number, to: number): YMD | undefined {
  const part = text.slice(from, to).toLowerCase();
  let month = 0;
  let monthAt = -1;
  let monthEnd = -1;
  for (const [name, m] of monthNames(code)) {
    const i = part.indexOf(name);
    if (i !== -1) {
      month = m;
      monthAt = i;
      monthEnd = i + name.length;
      break;
    }
  }
  if (month === 0) return undefined;
  let year = 0;
  let day = 0;
  NUMBER.lastIndex = 0;
  for (let n = NUMBER.exec(part); n !== null; n = NUMBER.exec(part)) {
    if (n.index >= monthAt && n.index < monthEnd) continue;
    const v = +n[0];
    if (n[0].length === 4) year ||= v;
    else if (n[0].length <= 2 && !day) day = v;
  }
  if (year < 1970 || year > 2200 || day < 1 || day > 31) return undefined;
  return { y: year, m: month, d: day };
}
