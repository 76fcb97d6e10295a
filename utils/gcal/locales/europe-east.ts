import type { LocaleSpec } from './types';

// Central and Eastern European UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const be: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['да'],
  calendar: ['Каляндар: '],
  location: ['Месцазнаходжанне: '],
  noLocation: ['Месцазнаходжанне невядомае'],
  color: ['колер: '],
};

export const bg: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['до'],
  calendar: ['Календар: '],
  location: ['Местоположение: '],
  noLocation: ['Няма местоположение'],
  color: ['Цвят: '],
  rsvp: { accepted: ['Прието'] },
};

export const cs: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['až'],
  calendar: ['Kalendář: '],
  location: ['Místo: '],
  noLocation: ['Chybí místo'],
  color: ['barva: '],
};

export const el: LocaleSpec = {
  sep: [', '],
  am: ['πμ'],
  pm: ['μμ'],
  range: ['έως'],
  calendar: ['Ημερολόγιο: '],
  location: ['Τοποθεσία: '],
  noLocation: ['Καμία τοποθεσία'],
  color: ['χρώμα: '],
};

export const hr: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['Kalendar: '],
  location: ['Lokacija: '],
  noLocation: ['Nema lokacije'],
  color: ['boja: '],
};

export const hu: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: [],
  calendar: ['Naptár: '],
  location: ['Hely: '],
  noLocation: ['Nincs helyadat'],
  color: ['szín: '],
};

export const lt: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['iki'],
  calendar: ['Kalendorius: '],
  location: ['Vieta: '],
  noLocation: ['Nėra vietos'],
  color: ['Spalva: '],
};

export const lv: LocaleSpec = {
  sep: ['; '],
  am: ['am'],
  pm: ['pm'],
  range: [],
  calendar: ['Kalendārs: '],
  location: ['Atrašanās vieta: '],
  noLocation: ['Nav datu par atrašanās vietu'],
  color: ['krāsa: '],
};

export const pl: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['do'],
  calendar: ['Kalendarz: '],
  location: ['Lokalizacja: '],
  noLocation: ['Brak lokalizacji'],
  color: ['kolor: '],
};

export const ro: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: [],
  calendar: ['Calendar: '],
  location: ['Locația: '],
  noLocation: ['Fără locație'],
  color: ['Culoare: '],
};

export const ru: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['до'],
  calendar: ['Календарь: '],
  location: ['Место проведения: '],
  noLocation: ['Место проведения неизвестно'],
  color: ['цвет: '],
};

export const sk: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['až'],
  calendar: ['Kalendár: '],
  location: ['Miesto: '],
  noLocation: ['Bez údajov o\u00a0mieste'],
  color: ['farba: '],
};

export const sl: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['do'],
  calendar: ['Koledar: '],
  location: ['Lokacija: '],
  noLocation: ['Ni lokacije'],
  color: ['barva: '],
};

export const sr: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: [],
  calendar: ['Календар: '],
  location: ['Локација: '],
  noLocation: ['Без локације'],
  color: ['Боја: '],
};

export const uk: LocaleSpec = {
  sep: [', '],
  am: ['дп'],
  pm: ['пп'],
  range: [],
  calendar: ['Календар: '],
  location: ['Місцезнаходження: '],
  noLocation: ['Немає геоданих'],
  color: ['колір: '],
};
