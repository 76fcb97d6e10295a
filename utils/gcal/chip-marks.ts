import type { ChipMarks } from '@/utils/calendar/source';
import type { Category } from '@/utils/shared/types';
import { MARKS } from '@/utils/shared/marker-paint';
import { ANY_CHIP, ATTR, STACKED_CHIP } from './selectors';

/** The mark Polarity sets on a chip: its category, one of three fixed words. */
export const MARK_ATTR = 'data-polarity-mark';

const CATEGORIES = Object.keys(MARKS) as Category[];

// One rule per category, bucketed by the attribute name alone: restyling a chip
// (hover, a new week) tests three rules, however many events the week holds.
function sheet(): string {
  const rules: string[] = [];
  for (const category of CATEGORIES) {
    const s = `[data-eventchip][${MARK_ATTR}="${category}"]`;
    // Month and all-day chips paint their colour on an inner button: mark that too.
    rules.push(`${s},\n${s} > ${STACKED_CHIP} {\n  ${MARKS[category]}\n}`);
  }
  return rules.join('\n');
}

type CategoryOf = (eid: string) => Category | undefined;

function markChip(chip: Element, categoryOf: CategoryOf | null) {
  const eid = chip.getAttribute(ATTR.eventId);
  const want = (categoryOf && eid && categoryOf(eid)) || null;
  if (chip.getAttribute(MARK_ATTR) === want) return;
  if (want) chip.setAttribute(MARK_ATTR, want);
  else chip.removeAttribute(MARK_ATTR);
}

/**
 * Google Calendar's chips marked in place. Calendar re-uses a chip node for
 * another event by rewriting its `data-eventid`; every read re-marks from the
 * id, so a re-used chip never keeps the old event's mark for long.
 */
export const googleChipMarks: ChipMarks = {
  css: sheet(),
  mark(doc, categoryOf) {
    const chips = doc.querySelectorAll(ANY_CHIP);
    for (let i = 0; i < chips.length; i++) markChip(chips[i]!, categoryOf);
  },
  markChanged(records, categoryOf) {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.attributeName === ATTR.eventId && (r.target as Element).matches(ANY_CHIP))
          markChip(r.target as Element, categoryOf);
        continue;
      }
      for (let i = 0; i < r.addedNodes.length; i++) {
        const node = r.addedNodes[i]!;
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(ANY_CHIP)) markChip(el, categoryOf);
        const inner = el.querySelectorAll(ANY_CHIP);
        for (let k = 0; k < inner.length; k++) markChip(inner[k]!, categoryOf);
      }
    }
  },
};
