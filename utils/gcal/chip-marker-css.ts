import { MARKER_COLORS, MARKER_EDGE, MARKER_RULE } from '@/utils/shared/category-colors';
import type { Category } from '@/utils/shared/types';

// Only what Calendar writes into data-eventid (base64 of either alphabet,
// optional padding). Anything else is skipped, never escaped into a rule.
const SAFE_EID = /^[A-Za-z0-9_\-+/=]+$/;
const MAX_EID = 512;

export const isSafeEid = (eid: string): boolean => eid.length <= MAX_EID && SAFE_EID.test(eid);

/** A CSS string literal; the allow-list above already rules out quotes and backslashes. */
const cssString = (s: string) =>
  `"${s.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

// Per category: [declarations on the chip, declarations of its ::after mark].
// Every marker is a bar along the chip's left edge, in the category's colour
// (utils/shared/category-colors.ts), framed by a white rule and a dark edge,
// so it shows on any event colour; the shapes differ too, so it reads
// without colour vision: innovation a wide bar and a ring round the chip,
// execution a narrow bar, excluded a striped bar over a hatch ("does not
// count"). Chips restyle themselves inline, hence !important. Box-shadow and
// background sit under the chip's text; the bar is a pseudo-element, so no
// node is added to Google's chip.
const C = MARKER_COLORS;
const bar = (width: number, paint: string) =>
  `width: ${width}px; background: ${paint}; box-shadow: 2px 0 0 ${MARKER_RULE}, 3px 0 0 ${MARKER_EDGE};`;
// Room for the bar, so it never covers the title's first letters.
const ROOM = 'padding-left: 10px !important; box-sizing: border-box !important;';
export const MARKS: Record<Category, [string, string]> = {
  innovation: [
    `${ROOM} box-shadow: inset 0 0 0 2px ${C.innovation}, inset 0 0 0 3px ${MARKER_RULE} !important;`,
    bar(7, C.innovation),
  ],
  execution: [ROOM, bar(4, C.execution)],
  excluded: [
    ROOM +
      ' background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(255, 255, 255, 0.35) 5px 8px) !important;',
    bar(6, `repeating-linear-gradient(180deg, ${C.excluded} 0 4px, ${MARKER_RULE} 4px 6px)`),
  ],
};

export const BAR =
  "content: ''; position: absolute; top: 0; bottom: 0; left: 0; border-radius: 4px 0 0 4px; pointer-events: none; z-index: 1;";

/**
 * One stylesheet marking every chip by its category, keyed only on the chip's
 * id: `[data-eventchip][data-eventid="…"]` (never bare data-eventid: resize
 * handles and the popover carry it too). Titles never enter the CSS.
 */
export function chipMarkerCss(categories: Readonly<Record<string, Category>>): string {
  const chips = new Map<Category, string[]>();
  for (const [eid, category] of Object.entries(categories)) {
    if (!isSafeEid(eid) || !(category in MARKS)) continue;
    const list = chips.get(category) ?? [];
    list.push(`[data-eventchip][data-eventid=${cssString(eid)}]`);
    chips.set(category, list);
  }
  const rules: string[] = [];
  for (const [category, selectors] of chips) {
    const [chip, mark] = MARKS[category];
    if (chip) {
      // Month and all-day chips paint their colour on an inner button: mark that too.
      const targets = selectors.flatMap((s) => [s, `${s} > [data-stacked-layout-chip]`]);
      rules.push(`${targets.join(',\n')} {\n  ${chip}\n}`);
    }
    if (mark) {
      rules.push(`${selectors.map((s) => `${s}::after`).join(',\n')} {\n  ${BAR} ${mark}\n}`);
    }
  }
  return rules.join('\n');
}
