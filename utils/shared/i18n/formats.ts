// Building an Intl formatter costs far more than using one (a locale lookup
// each time, ~0.1 ms): the report and the badge render dozens of numbers per
// answer, so each language's formatters are made once and kept.

const kept = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();

function once<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = kept.get(key) as T | undefined;
  if (!f) {
    f = make();
    kept.set(key, f);
  }
  return f;
}

/** `1,234`, `1.234`: whole numbers in the reader's language. */
export const numberFormat = (lang: string): Intl.NumberFormat =>
  once(`n|${lang}`, () => new Intl.NumberFormat(lang));

/** `24%`, `24 %`. */
export const percentFormat = (lang: string): Intl.NumberFormat =>
  once(
    `p|${lang}`,
    () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }),
  );

export const pluralRules = (lang: string): Intl.PluralRules =>
  once(`r|${lang}`, () => new Intl.PluralRules(lang));

/** A day and its times, as a range: `Tue, Nov 24, 10:30 AM – 12:00 PM`. */
export const slotFormat = (lang: string): Intl.DateTimeFormat =>
  once(
    `s|${lang}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }),
  );

/** `24 Nov`. */
export const dayMonthFormat = (lang: string): Intl.DateTimeFormat =>
  once(`d|${lang}`, () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }));
