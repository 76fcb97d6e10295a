import type { Category } from './types';

export type Theme = 'light' | 'dark';

/**
 * Polarity's one colour language for the three categories: the chip markers
 * (utils/shared/marker-paint.ts), the tag control, the popup, the options and
 * the welcome page. The CSS files declare these as custom properties
 * (`--exec`, `--innov`, `--excl`; the popup `--execution`, `--innovation`);
 * tests/unit/colour-language.test.ts holds every file to this table, checks
 * WCAG contrast on each theme's background and a minimum distance from Google
 * Calendar's eleven event colours (a chip coloured Grape must not look tagged).
 * Execution is navy ink, innovation teal, excluded umber (never green, amber or
 * red: those are the badge's states).
 */
export const CATEGORY_COLORS: Readonly<Record<Theme, Readonly<Record<Category, string>>>> = {
  light: { execution: '#1d2b53', innovation: '#006d77', excluded: '#7a5c2e' },
  dark: { execution: '#b8c2ea', innovation: '#6fd3d8', excluded: '#c8b6ad' },
};

/** Innovation after working hours: a lighter innovation, for graphics only (popup chart). */
export const AFTER_HOURS_COLORS: Readonly<Record<Theme, string>> = {
  light: '#4a8c92',
  dark: '#3f8c91',
};

/** The backgrounds those colours are checked against (popup, options, welcome, tag control). */
export const THEME_BACKGROUNDS: Readonly<Record<Theme, string>> = {
  light: '#ffffff',
  dark: '#1f2124',
};

/**
 * On the calendar's chips: the light colours, framed by a white rule and a
 * dark edge between the marker and the chip. Any colour is at 3:1 or more
 * from one of the two, so the marker stands out on every event colour and in
 * either of Calendar's themes.
 */
export const MARKER_COLORS: Readonly<Record<Category, string>> = CATEGORY_COLORS.light;
export const MARKER_RULE = '#ffffff';
export const MARKER_EDGE = '#1f1f1f';
