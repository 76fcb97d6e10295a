import { MARKER_COLORS, MARKER_EDGE, MARKER_RULE } from './category-colors';
import type { Category } from './types';

// Per category, what the chip paints: a bar along its left edge in the
// category's colour (utils/shared/category-colors.ts), framed by a white rule
// and a dark edge so it shows on any event colour. The shapes differ too, so
// it reads without colour vision: innovation a wide bar and a ring round the
// chip, execution a narrow bar, excluded a striped bar over a hatch ("does
// not count"). Only paint: background layers and an inset ring, under the
// chip's text. Nothing moves the title or sizes a box, so marking a week costs
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
/** The bar's rule and edge, then nothing: one layer over the chip's own colour. */
const frame = (w: number, bar: string) =>
  `linear-gradient(to right, ${bar} 0 ${px(w)}, ${MARKER_RULE} ${px(w)} ${px(w + 1)}, ` +
  `${MARKER_EDGE} ${px(w + 1)} ${px(w + 2)}, transparent ${px(w + 2)})`;

const W = BAR_WIDTHS;
const STRIPES = `repeating-linear-gradient(180deg, ${C.excluded} 0 4px, ${MARKER_RULE} 4px 6px)`;
const HATCH =
  'repeating-linear-gradient(135deg, transparent 0 5px, rgba(255, 255, 255, 0.35) 5px 8px)';

export const MARKS: Readonly<Record<Category, string>> = {
  innovation:
    `background-image: ${frame(W.innovation, C.innovation)} !important;` +
    ` box-shadow: inset 0 0 0 2px ${C.innovation} !important;`,
  execution: `background-image: ${frame(W.execution, C.execution)} !important;`,
  // The stripes fill the bar's width only; the frame's first stop lets them show.
  excluded:
    `background-image: ${frame(W.excluded, 'transparent')}, ${STRIPES}, ${HATCH} !important;` +
    ` background-size: auto, ${px(W.excluded)} 100%, auto !important;` +
    ' background-repeat: no-repeat, no-repeat, repeat !important;',
};
