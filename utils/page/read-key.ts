/** Identity of a read, without its time: equal keys mean nothing worth sending changed. */
export function readKey(read: unknown): string {
  const timeless = typeof read === 'object' && read !== null ? { ...read, readAt: 0 } : read;
  return JSON.stringify(timeless);
}
