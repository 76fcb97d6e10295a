import { MARKER_COLORS, MARKER_EDGE, MARKER_RULE } from './category-colors';
import type { Category } from './types';

// Per category, what the chip paints: a bar along its left edge in the
// category's colour (utils/shared/category-colors.ts), framed by a white rule
// and a dark edge so it shows on any event colour. The shapes differ too, so
// it reads without colour vision: innovation a wide bar and a ring round the
// chip, execution a narrow bar, excluded a striped bar over a hatch ("does
// not count"). Only paint, under the chip's text: solid inset shadows, which
// Chromium repaints at half the cost of gradients; only the excluded stripes
// need gradients. Nothing moves the title or sizes a box, so marking a week costs
// Calendar no layout (a padded chip with a pseudo-element bar cost every week
// switch a second layout of all its chips). Chips restyle themselves inline,
// hence !important; no node is added to Google's chip.
const C = MARKER_COLORS;

/** Each category's bar width in px: the shape that tells them apart without colour. */
export const BAR_WIDTHS: Readonly<Record<Category, number>> = {
  innovation: 6,
  execution: 3,
  excluded: 5,
};

const px = (n: number) => `${n}px`;
/** The bar, its rule and its edge as solid inset shadows: the first one lies on top. */
const bar = (w: number, paint: string) =>
  `inset ${px(w)} 0 0 ${paint}, inset ${px(w + 1)} 0 0 ${MARKER_RULE}, inset ${px(w + 2)} 0 0 ${MARKER_EDGE}`;
/** The same frame as a background layer, for a bar that is itself a background. */
const frame = (w: number, bar: string) =>
  `linear-gradient(to right, ${bar} 0 ${px(w)}, ${MARKER_RULE} ${px(w)} ${px(w + 1)}, ` +
  `${MARKER_EDGE} ${px(w + 1)} ${px(w + 2)}, transparent ${px(w + 2)})`;

const W = BAR_WIDTHS;
const STRIPES = `repeating-linear-gradient(180deg, ${C.excluded} 0 4px, ${MARKER_RULE} 4px 6px)`;
const HATCH =
  'repeating-linear-gradient(135deg, transparent 0 5px, rgba(255, 255, 255, 0.35) 5px 8px)';

export const MARKS: Readonly<Record<Category, string>> = {
  innovation: `box-shadow: ${bar(W.innovation, C.innovation)}, inset 0 0 0 2px ${C.innovation} !important;`,
  execution: `box-shadow: ${bar(W.execution, C.execution)} !important;`,
  // The stripes fill the bar's width only; the frame's first stop lets them show.
  excluded:
    `background-image: ${frame(W.excluded, 'transparent')}, ${STRIPES}, ${HATCH} !important;` +
    ` background-size: auto, ${px(W.excluded)} 100%, auto !important;` +
    ' background-repeat: no-repeat, no-repeat, repeat !important;',
};
