import type { Snapshot } from '@/utils/shared/types';
import { clearExtractCache, extractView } from '@/utils/gcal/extract-view';
import { clearInterpretCaches, interpretView } from '@/utils/gcal/interpret-view';

/** Empties every memo of both halves (tests and the cold-cache benchmark). */
export function clearReadCaches(): void {
  clearExtractCache();
  clearInterpretCaches();
}

/**
 * The whole page read, both halves in one place: what the content script
 * extracts and the background interprets. Tests and the benchmark use it;
 * the extension runs the halves in their own contexts.
 */
export function readView(root: ParentNode, url: URL, now: number = Date.now()): Snapshot {
  return interpretView(extractView(root, url, now));
}
