import type { LocaleSpec } from './types';

// Western European UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const ca: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['a les', 'a'],
  calendar: ['Calendari: '],
  location: ['Lloc: '],
  noLocation: ['Cap lloc'],
  color: ['color: '],
};

export const cy: LocaleSpec = {
  sep: [', '],
  am: ['yb'],
  pm: ['yh'],
  range: ['tan'],
  calendar: ['Calendr: '],
  location: ['Lleoliad: '],
  noLocation: ['Dim lleoliad'],
  color: ['Color: '],
};

export const da: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['til'],
  calendar: ['Kalender: '],
  location: ['Lokation: '],
  noLocation: ['Ingen lokation'],
  color: ['farve: '],
};

export const de: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['bis'],
  calendar: ['Kalender: '],
  location: ['Ort: '],
  noLocation: ['Kein Ort'],
  color: ['Farbe: '],
};

export const es: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['a'],
  calendar: ['Calendario: '],
  location: ['Ubicación: '],
  noLocation: ['Sin ubicación'],
  color: ['color: '],
};

export const es419: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['a'],
  calendar: ['Calendario: '],
  location: ['Ubicación: '],
  noLocation: ['Sin ubicación'],
  color: ['color: '],
};

export const eu: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['Egutegia: '],
  location: ['Kokapena: '],
  noLocation: ['Kokapenik gabe'],
  color: ['Kolorea: '],
};

export const fi: LocaleSpec = {
  sep: [', '],
  am: ['ap'],
  pm: ['ip'],
  range: [],
  calendar: ['Kalenteri: '],
  location: ['Sijainti: '],
  noLocation: ['Ei sijaintia'],
  color: ['Väri: '],
};

export const fr: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['à'],
  calendar: ['Agenda\u00a0: '],
  location: ['Lieu\u00a0: '],
  noLocation: ['Aucun lieu'],
  color: ['Couleur\u00a0: '],
};

export const frCA: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['à'],
  calendar: ['Agenda\u00a0: '],
  location: ['Emplacement\u00a0: '],
  noLocation: ['Aucun emplacement'],
  color: ['Couleur\u00a0: '],
};

export const gl: LocaleSpec = {
  sep: [', '],
  am: ['a.m.'],
  pm: ['p.m.'],
  range: [],
  calendar: ['Calendario: '],
  location: ['Localización: '],
  noLocation: ['Sen localización'],
  color: ['cor: '],
};

export const is: LocaleSpec = {
  sep: [', '],
  am: ['f.h.'],
  pm: ['e.h.'],
  range: ['til'],
  calendar: ['Dagatal: '],
  location: ['Staðsetning: '],
  noLocation: ['Engin staðsetning'],
  color: ['litur: '],
};

export const it: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['a'],
  calendar: ['Calendario: '],
  location: ['Posizione: '],
  noLocation: ['Nessuna posizione'],
  color: ['colore: '],
};

export const nl: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['tot'],
  calendar: ['Agenda: '],
  location: ['Locatie: '],
  noLocation: ['Geen locatie'],
  color: ['kleur: '],
};

export const no: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['til'],
  calendar: ['Kalender: '],
  location: ['Sted: '],
  noLocation: ['Sted er ikke angitt'],
  color: ['farge: '],
};

export const ptBR: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['até'],
  calendar: ['Agenda: '],
  location: ['Local: '],
  noLocation: ['Nenhum local'],
  color: ['cor: '],
};

export const ptPT: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['às', 'a'],
  calendar: ['Calendário: '],
  location: ['Localização: '],
  noLocation: ['Sem localização'],
  color: ['Cor: '],
};

export const sv: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['till'],
  calendar: ['Kalender: '],
  location: ['Plats: '],
  noLocation: ['Ingen plats'],
  color: ['färg: '],
};
