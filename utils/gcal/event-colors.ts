/**
 * Google Calendar's eleven event colours (the palette of an event's colour
 * menu). Polarity's category colours (utils/shared/category-colors.ts) stay
 * clear of them, so a chip's own colour never reads as a Polarity tag.
 */
export const EVENT_COLORS: Readonly<Record<string, string>> = {
  Tomato: '#d50000',
  Flamingo: '#e67c73',
  Tangerine: '#f4511e',
  Banana: '#f6bf26',
  Sage: '#33b679',
  Basil: '#0b8043',
  Peacock: '#039be5',
  Blueberry: '#3f51b5',
  Lavender: '#7986cb',
  Grape: '#8e24aa',
  Graphite: '#616161',
};
