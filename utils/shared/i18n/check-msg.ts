import type { Msg, Sub } from './msg';

const KEY = /^[a-z][a-z0-9_]{0,63}$/;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function asSub(v: unknown, depth: number): Sub | undefined {
  if (typeof v === 'string') return v.slice(0, 500);
  if (finite(v)) return v;
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if ('key' in o) return asMsg(o, depth + 1);
  if ('minutes' in o) return finite(o.minutes) ? { minutes: o.minutes } : undefined;
  const r = o.range;
  if (Array.isArray(r) && r.length === 2 && finite(r[0]) && finite(r[1]) && r[0] <= r[1])
    return { range: [r[0], r[1]] };
  return undefined;
}

/**
 * A sentence that crossed a boundary (a message from the background), or
 * undefined when it is not one: a key of the catalogue's shape, a count, and
 * substitutions of the kinds `render` knows, nested no deeper than three.
 * Strings stay strings: the receiver writes them as text.
 */
export function asMsg(v: unknown, depth = 0): Msg | undefined {
  if (depth > 3 || typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.key !== 'string' || !KEY.test(o.key)) return undefined;
  const m: Msg = { key: o.key as Msg['key'] };
  if (o.count !== undefined) {
    if (!finite(o.count)) return undefined;
    m.count = o.count;
  }
  if (o.subs !== undefined) {
    if (!Array.isArray(o.subs) || o.subs.length > 9) return undefined;
    const subs = o.subs.map((s) => asSub(s, depth));
    if (subs.some((s) => s === undefined)) return undefined;
    m.subs = subs as Sub[];
  }
  return m;
}
