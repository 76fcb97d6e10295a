import type { LocaleSpec } from './types';

// African UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const af: LocaleSpec = {
  sep: [', '],
  am: ['vm.'],
  pm: ['nm.'],
  range: ['tot'],
  calendar: ['Kalendar: '],
  location: ['Ligging: '],
  noLocation: ['Geen ligging nie'],
  color: ['Kleur: '],
  rsvp: { accepted: ['Is aanvaar'] },
};

export const am: LocaleSpec = {
  sep: ['፣ '],
  am: ['ጥዋት'],
  pm: ['ከሰዓት'],
  range: ['እስከ'],
  calendar: ['ቀን መቁጠሪያ፦ '],
  location: ['አካባቢ፦ '],
  noLocation: ['አካባቢ የለም'],
  color: ['Color፦ '],
};

export const sw: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['hadi'],
  calendar: ['Kalenda: '],
  location: ['Mahali: '],
  noLocation: ['Hakuna mahali'],
  color: ['Rangi: '],
};

export const zu: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['kuya ku-'],
  calendar: ['Ikhalenda: '],
  location: ['Indawo: '],
  noLocation: ['Ayikho indawo'],
  color: ['Umbala: '],
};
