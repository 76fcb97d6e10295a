import type { LocaleSpec } from './types';

// Western and Central Asian UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const ar: LocaleSpec = {
  sep: ['، ', ', '],
  am: ['ص'],
  pm: ['م'],
  range: ['إلى'],
  calendar: ['التقويم: '],
  location: ['الموقع: '],
  noLocation: ['ليس هناك موقع'],
  color: ['اللون: '],
};

export const az: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['Təqvim: '],
  location: ['Məkan: '],
  noLocation: ['Məkan yoxdur'],
  color: ['Rəng: '],
};

export const fa: LocaleSpec = {
  sep: ['، '],
  am: ['قب'],
  pm: ['بع'],
  range: ['تا'],
  calendar: ['تقویم: '],
  location: ['مکان: '],
  noLocation: ['بدون مکان'],
  color: ['رنگ: '],
};

export const hy: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['Օրացույց՝ '],
  location: ['Վայրը՝ '],
  noLocation: ['Վայրը հայտնի չէ'],
  color: ['գույնը՝ '],
};

export const iw: LocaleSpec = {
  sep: [', '],
  am: ['לפ.'],
  pm: ['אח.'],
  range: ['עד'],
  calendar: ['יומן: '],
  location: ['מיקום: '],
  noLocation: ['ללא מיקום'],
  color: ['צבע: '],
};

export const ka: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['კალენდარი: '],
  location: ['მდებარეობა: '],
  noLocation: ['მდებარეობა უცნობია'],
  color: ['ფერი: '],
};

export const kk: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['Күнтізбе: '],
  location: ['Орны: '],
  noLocation: ['Орны көрсетілмеген'],
  color: [],
};

export const mn: LocaleSpec = {
  sep: [', '],
  am: ['ү.ө.'],
  pm: ['ү.х.'],
  hourWord: ['ц'],
  range: ['-с'],
  calendar: ['Календарь: '],
  location: ['Байршил: '],
  noLocation: ['Байршилгүй'],
  color: ['Өнгө: '],
};

export const tr: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['ile'],
  calendar: ['Takvim: '],
  location: ['Konum: '],
  noLocation: ['Konum bilgisi yok'],
  color: ['Renk: '],
};

export const ur: LocaleSpec = {
  sep: ['، ', ', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['تا'],
  calendar: ['کیلنڈر: '],
  location: ['مقام: '],
  noLocation: ['کوئی مقام نہیں'],
  color: ['رنگ: '],
  rsvp: { accepted: ['قبول کر لیا گیا'] },
};
