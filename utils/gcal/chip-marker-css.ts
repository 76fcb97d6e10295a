import type { Category } from '@/utils/shared/types';

// Only what Calendar writes into data-eventid (base64 of either alphabet,
// optional padding). Anything else is skipped, never escaped into a rule.
const SAFE_EID = /^[A-Za-z0-9_\-+/=]+$/;
const MAX_EID = 512;

export const isSafeEid = (eid: string): boolean => eid.length <= MAX_EID && SAFE_EID.test(eid);

/** A CSS string literal; the allow-list above already rules out quotes and backslashes. */
const cssString = (s: string) =>
  `"${s.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

// Per category: [declarations on the chip, declarations of its ::after corner].
// Innovation stands out by colour and by shape (a ring plus a large corner
// flag), so it reads without colour vision; excluded gets a hatch ("does not
// count"); execution a small neutral corner. Chips restyle themselves inline,
// hence !important. Box-shadow and background sit under the chip's text; the
// corner flag is a pseudo-element, so no node is added to Google's chip.
export const MARKS: Record<Category, [string, string]> = {
  innovation: [
    'box-shadow: inset 0 0 0 2px #7b1fa2, inset 0 0 0 3px #fff !important;',
    'border-top: 14px solid #7b1fa2; border-left: 14px solid transparent; filter: drop-shadow(-1px 1px 0 #fff);',
  ],
  execution: [
    '',
    'border-top: 7px solid rgba(32, 33, 36, 0.6); border-left: 7px solid transparent;',
  ],
  excluded: [
    'background-image: repeating-linear-gradient(135deg, transparent 0 5px, rgba(255, 255, 255, 0.35) 5px 8px) !important;',
    '',
  ],
};

export const CORNER =
  "content: ''; position: absolute; top: 0; right: 0; width: 0; height: 0; pointer-events: none; z-index: 1;";

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
    const [chip, corner] = MARKS[category];
    if (chip) {
      // Month and all-day chips paint their colour on an inner button: mark that too.
      const targets = selectors.flatMap((s) => [s, `${s} > [data-stacked-layout-chip]`]);
      rules.push(`${targets.join(',\n')} {\n  ${chip}\n}`);
    }
    if (corner) {
      rules.push(`${selectors.map((s) => `${s}::after`).join(',\n')} {\n  ${CORNER} ${corner}\n}`);
    }
  }
  return rules.join('\n');
}
