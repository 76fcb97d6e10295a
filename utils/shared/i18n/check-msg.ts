import type { Msg } from './msg';

type Loose = Record<string, unknown>;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A substitution `render` knows: text, a number, a length, a range, or a sentence. */
function isSub(v: unknown, depth: number): boolean {
  if (typeof v === 'string' || num(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Loose;
  if ('key' in o) return isMsg(o, depth + 1);
  if ('minutes' in o) return num(o.minutes);
  const r = o.range;
  return Array.isArray(r) && r.length === 2 && num(r[0]) && num(r[1]) && r[0] <= r[1];
}

function isMsg(v: unknown, depth: number): v is Msg {
  if (depth > 3 || typeof v !== 'object' || v === null) return false;
  const { key, count, subs } = v as Loose;
  return (
    typeof key === 'string' &&
    /^[a-z][a-z0-9_]{0,63}$/.test(key) &&
    (count === undefined || num(count)) &&
    (subs === undefined ||
      (Array.isArray(subs) && subs.length < 10 && subs.every((s) => isSub(s, depth))))
  );
}

/**
 * A sentence that crossed a boundary (a message from the background), or
 * undefined when it is not one: a key of the catalogue's shape, a count, and
 * substitutions of the kinds `render` knows, nested no deeper than three.
 * Strings stay strings: the receiver writes them as text, and cuts them.
 */
export const asMsg = (v: unknown): Msg | undefined => (isMsg(v, 0) ? v : undefined);
