import { MARKS } from '@/utils/shared/marker-paint';
import type { Category } from '@/utils/shared/types';

// Only what Calendar writes into data-eventid (base64 of either alphabet,
// optional padding). Anything else is skipped, never escaped into a rule.
const SAFE_EID = /^[A-Za-z0-9_\-+/=]+$/;
const MAX_EID = 512;

export const isSafeEid = (eid: string): boolean => eid.length <= MAX_EID && SAFE_EID.test(eid);

/** A CSS string literal; the allow-list above already rules out quotes and backslashes. */
const cssString = (s: string) =>
  `"${s.replace(/["\\\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

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
    // Month and all-day chips paint their colour on an inner button: mark that too.
    const targets = selectors.flatMap((s) => [s, `${s} > [data-stacked-layout-chip]`]);
    rules.push(`${targets.join(',\n')} {\n  ${MARKS[category]}\n}`);
  }
  return rules.join('\n');
}
