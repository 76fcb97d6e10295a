import type { LocaleSpec } from './types';

export const en: LocaleSpec = {
  sep: [', '],
  am: ['am', 'a.m.'],
  pm: ['pm', 'p.m.'],
  range: ['to', '-', '–', '—'],
  calendar: ['Calendar: '],
  location: ['Location: '],
  noLocation: ['No location'],
  color: ['Color: ', 'Colour: '],
  rsvp: {
    accepted: ['Accepted'],
    declined: ['Declined'],
    tentative: ['Tentative', 'Maybe'],
    'needs-rsvp': ['Needs RSVP'],
  },
  allDay: ['All day'],
  task: ['task: '],
  taskState: ['Not completed', 'Completed'],
  workingLocation: ['Working location: '],
  noTitle: ['No title'],
};

/** Same words; British spelling of `Colour`, already accepted above. */
export const enGB: LocaleSpec = en;

/**
 * For a page whose language is missing or unknown: English times and labels
 * only, so another language's text reads as nothing rather than as a guess.
 */
export const generic: LocaleSpec = { ...en, strict: true };
