import type { Snapshot } from '@/utils/shared/types';
import { parseChipText } from '@/utils/gcal/chip-text';
import type { TextOf } from '@/utils/gcal/chip-parts';
import { decodeEventId } from '@/utils/gcal/event-id';
import { extractView } from '@/utils/gcal/extract-view';
import { interpretWith } from '@/utils/gcal/interpret-view';

// innerText is what a first attempt reaches for; it forces style and layout.
const innerTextOf: TextOf = (el) => (el as HTMLElement).innerText ?? el.textContent ?? '';

/**
 * The obvious reader, kept only as the benchmark's baseline: innerText for
 * every text and no caches. It produces the same snapshot as readView.
 */
export function readViewNaive(root: ParentNode, url: URL, now: number = Date.now()): Snapshot {
  const read = extractView(root, url, now, { textOf: innerTextOf });
  return interpretWith(read, (lang) => ({ lang, parse: parseChipText, decode: decodeEventId }));
}
