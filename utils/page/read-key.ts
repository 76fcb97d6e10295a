import { jsonDiff, type DeltaOp } from '@/utils/shared/json-delta';

/**
 * What changed from one read to the next, without the time of reading; empty
 * when nothing worth sending did. Compared in place: no string of the whole
 * read is built on each settled change.
 */
export function readChange(prev: unknown, next: unknown): DeltaOp[] {
  const ops = jsonDiff(prev, next);
  return ops.some((op) => !(op.p.length === 1 && op.p[0] === 'readAt')) ? ops : [];
}
