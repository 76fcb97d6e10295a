import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  AFTER_HOURS_COLORS,
  CATEGORY_COLORS,
  MARKER_COLORS,
  MARKER_EDGE,
  MARKER_RULE,
  THEME_BACKGROUNDS,
  type Theme,
} from '@/utils/shared/category-colors';
import { EVENT_COLORS } from '@/utils/gcal/event-colors';
import { chipMarkerCss } from '@/utils/gcal/chip-marker-css';
import { BADGE_COLORS } from '@/utils/domain/badge';
import { contrast, deltaE } from '../../support/colour';

const CATEGORIES = ['execution', 'innovation', 'excluded'] as const;
const THEMES: Theme[] = ['light', 'dark'];
/** CIE76: about 2.3 is just noticeable; 20 and more reads as another colour. */
const MIN_DISTANCE = 20;

/** A CSS file's custom properties: the first declaration is the light theme, the second the dark. */
function cssVars(file: string): Record<Theme, Record<string, string>> {
  const text = readFileSync(resolve(__dirname, '../../..', file), 'utf8');
  const out: Record<Theme, Record<string, string>> = { light: {}, dark: {} };
  for (const [, name, value] of text.matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    const theme: Theme = name! in out.light ? 'dark' : 'light';
    out[theme][name!] = value!.toLowerCase();
  }
  for (const [k, v] of Object.entries(out.light)) out.dark[k] ??= v;
  return out;
}

// Every file that paints a category, with its names for the three.
const FILES: [string, Partial<Record<(typeof CATEGORIES)[number], string>>][] = [
  [
    'components/tag-control/tag-control.css',
    { execution: '--exec', innovation: '--innov', excluded: '--excl' },
  ],
  [
    'components/options/options.css',
    { execution: '--exec', innovation: '--innov', excluded: '--excl' },
  ],
  ['components/popup/popup.css', { execution: '--execution', innovation: '--innovation' }],
];

describe.each(FILES)('%s', (file, names) => {
  const vars = cssVars(file);
  test.each(THEMES)('%s: the colours of the table, readable on the page', (theme) => {
    for (const [category, name] of Object.entries(names)) {
      const value = vars[theme][name];
      expect(value, `${name} (${theme})`).toBe(CATEGORY_COLORS[theme][category as 'execution']);
      for (const bg of ['--bg', '--surface']) {
        if (vars[theme][bg])
          expect(contrast(value!, vars[theme][bg]!), `${name} on ${bg}`).toBeGreaterThanOrEqual(
            4.5,
          );
      }
    }
  });
});

test('the popup draws after-hours innovation from the table, visible as a graphic', () => {
  const vars = cssVars('components/popup/popup.css');
  for (const theme of THEMES) {
    expect(vars[theme]['--innovation-soft']).toBe(AFTER_HOURS_COLORS[theme]);
    expect(contrast(AFTER_HOURS_COLORS[theme], vars[theme]['--bg']!)).toBeGreaterThanOrEqual(3);
  }
});

test('a pressed tag button keeps its text readable on the category colour', () => {
  const vars = cssVars('components/tag-control/tag-control.css');
  for (const theme of THEMES) {
    for (const c of CATEGORIES) {
      expect(
        contrast(CATEGORY_COLORS[theme][c], vars[theme]['--on']!),
        `${c} ${theme}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  }
});

test.each(THEMES)('%s: text contrast of at least 4.5:1 on the theme background', (theme) => {
  for (const c of CATEGORIES) {
    expect(contrast(CATEGORY_COLORS[theme][c], THEME_BACKGROUNDS[theme]), c).toBeGreaterThanOrEqual(
      4.5,
    );
  }
});

test.each(THEMES)('%s: far from every one of Google’s event colours', (theme) => {
  for (const c of CATEGORIES) {
    for (const [name, hex] of Object.entries(EVENT_COLORS)) {
      expect(deltaE(CATEGORY_COLORS[theme][c], hex), `${c} vs ${name}`).toBeGreaterThanOrEqual(
        MIN_DISTANCE,
      );
    }
  }
});

test.each(THEMES)(
  '%s: the three categories are far from each other and from the badge states',
  (theme) => {
    const colours = CATEGORIES.map((c) => CATEGORY_COLORS[theme][c]);
    for (const a of colours)
      for (const b of colours)
        if (a !== b) expect(deltaE(a, b)).toBeGreaterThanOrEqual(MIN_DISTANCE);
    for (const c of colours) {
      for (const state of ['onTarget', 'belowTarget', 'override'] as const) {
        expect(deltaE(c, BADGE_COLORS[state]), `${c} vs ${state}`).toBeGreaterThanOrEqual(
          MIN_DISTANCE,
        );
      }
    }
  },
);

test('chip markers: 3:1 against their rule, and the rule or the edge at 3:1 from any chip', () => {
  for (const c of CATEGORIES)
    expect(contrast(MARKER_COLORS[c], MARKER_RULE)).toBeGreaterThanOrEqual(3);
  for (const [name, hex] of Object.entries(EVENT_COLORS)) {
    const frame = Math.max(contrast(MARKER_RULE, hex), contrast(MARKER_EDGE, hex));
    expect(frame, name).toBeGreaterThanOrEqual(3);
  }
  // Calendar's dark theme: the white rule frames the marker on the page too.
  expect(contrast(MARKER_RULE, THEME_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(3);
});

test('the marker stylesheet paints the table’s colours, as a bar of a different shape per category', () => {
  const css = chipMarkerCss({ aW5u: 'innovation', ZXhl: 'execution', ZXhj: 'excluded' });
  const rule = (eid: string) =>
    new RegExp(`"${eid}"\\] > \\[data-stacked-layout-chip\\] \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  for (const c of CATEGORIES) expect(css).toContain(MARKER_COLORS[c]);
  // The bar's width: its first inset shadow, or the excluded stripes' layer.
  const width = (eid: string) =>
    (/box-shadow: inset (\d+)px 0 0 #/.exec(rule(eid)) ??
      /auto, (\d+)px 100%/.exec(rule(eid)))?.[1];
  expect(new Set([width('aW5u'), width('ZXhl'), width('ZXhj')]).size).toBe(3);
  expect(rule('ZXhj')).toContain('repeating-linear-gradient'); // striped, over a hatch
  expect(rule('aW5u')).toContain(`inset 0 0 0 2px ${MARKER_COLORS.innovation}`); // the ring
  // Paint only: nothing that moves Calendar's text or lays out a box.
  expect(css).not.toMatch(/::after|padding|width:|position:|border-top: \d+px/);
});
