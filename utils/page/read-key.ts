import type { PageRead } from '../gcal/page-read';

/** Identity of a read, without its time: equal keys mean nothing worth sending changed. */
export function readKey(read: PageRead): string {
  return JSON.stringify({ ...read, readAt: 0 });
}
