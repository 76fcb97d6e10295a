// A change between two JSON-safe values, small when the change is: a page read
// where one chip moved becomes one operation, not the whole week again.

export type DeltaPath = (string | number)[];

/** Set (`v`), delete (`d`), or splice an array (`s`: start, delete count, items). */
export type DeltaOp =
  | { p: DeltaPath; v: unknown }
  | { p: DeltaPath; d: 1 }
  | { p: DeltaPath; s: [number, number, unknown[]] };

type Obj = Record<string, unknown>;
// Keys that would reach an object's prototype: never written by a patch, so an
// object holding one is sent whole.
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
/** An own value only: a key like `toString` must not find the prototype's. */
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON-safe values (undefined-valued keys count as absent, as in JSON). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isObj(a) || !isObj(b)) return false;
  let n = 0;
  for (const k in a) {
    if (a[k] === undefined) continue;
    n++;
    if (!jsonEqual(a[k], own(b, k))) return false;
  }
  for (const k in b) if (b[k] !== undefined) n--;
  return n === 0;
}

/**
 * The operations that turn `a` into `b`. Arrays keep their common head and
 * tail; a run of the same length changed is compared item by item, any other
 * run is one splice.
 */
export function jsonDiff(
  a: unknown,
  b: unknown,
  path: DeltaPath = [],
  out: DeltaOp[] = [],
  // Stop once this many operations are found (the caller then sends the item whole).
  max = Infinity,
): DeltaOp[] {
  if (a === b || out.length >= max) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    let start = 0;
    while (start < n && jsonEqual(a[start], b[start])) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && jsonEqual(a[endA - 1], b[endB - 1])) {
      endA--;
      endB--;
    }
    if (endA - start === endB - start) {
      for (let i = start; i < endA && out.length < max; i++) {
        const item = jsonDiff(a[i], b[i], [...path, i], [], 2);
        // An item changed in more than one place is sent whole: a new week is
        // seven new columns, not every field of every chip.
        if (item.length > 1) out.push({ p: [...path, i], v: b[i] });
        else out.push(...item);
      }
    } else if (endA > start || endB > start) {
      out.push({ p: path, s: [start, endA - start, b.slice(start, endB)] });
    }
    return out;
  }
  if (isObj(a) && isObj(b)) {
    const mark = out.length;
    const whole = () => {
      out.length = mark;
      out.push({ p: path, v: b });
      return out;
    };
    for (const k in b) {
      if (UNSAFE.has(k)) return whole();
      if (out.length >= max) return out;
      if (b[k] === undefined) continue;
      if (own(a, k) === undefined) out.push({ p: [...path, k], v: b[k] });
      else jsonDiff(a[k], b[k], [...path, k], out, max);
    }
    for (const k in a) {
      if (UNSAFE.has(k)) return whole();
      if (a[k] !== undefined && own(b, k) === undefined) out.push({ p: [...path, k], d: 1 });
    }
    return out;
  }
  if (!jsonEqual(a, b)) out.push({ p: path, v: b });
  return out;
}

const MAX_DEPTH = 16;

class BadDelta extends Error {}

function step(node: unknown, key: string | number): unknown {
  if (
    Array.isArray(node) &&
    typeof key === 'number' &&
    Number.isInteger(key) &&
    key >= 0 &&
    key < node.length
  )
    return node[key];
  if (isObj(node) && typeof key === 'string' && !UNSAFE.has(key) && Object.hasOwn(node, key))
    return node[key];
  throw new BadDelta();
}

/** Copies the nodes along `path` (the base is never changed) and replaces the last one with `at`'s result. */
function rewrite(node: unknown, path: DeltaPath, i: number, at: (n: unknown) => unknown): unknown {
  if (i === path.length) return at(node);
  const key = path[i]!;
  const child = step(node, key);
  const copy = (Array.isArray(node) ? node.slice() : { ...(node as Obj) }) as Obj & unknown[];
  (copy as Obj)[key as string] = rewrite(child, path, i + 1, at);
  return copy;
}

function parentAndKey(p: DeltaPath): [DeltaPath, string] {
  const key = p[p.length - 1];
  if (typeof key !== 'string' || UNSAFE.has(key)) throw new BadDelta();
  return [p.slice(0, -1), key];
}

function apply(base: unknown, op: DeltaOp): unknown {
  if (!op || !Array.isArray(op.p) || op.p.length > MAX_DEPTH) throw new BadDelta();
  if (!op.p.every((k) => typeof k === 'string' || typeof k === 'number')) throw new BadDelta();
  if ('s' in op) {
    const [start, count, items] = Array.isArray(op.s) ? op.s : [];
    return rewrite(base, op.p, 0, (arr) => {
      if (!Array.isArray(arr) || !Array.isArray(items)) throw new BadDelta();
      if (!Number.isInteger(start) || !Number.isInteger(count) || start! < 0 || count! < 0)
        throw new BadDelta();
      if (start! + count! > arr.length) throw new BadDelta();
      const copy = arr.slice();
      copy.splice(start!, count!, ...(items as unknown[]));
      return copy;
    });
  }
  if ('d' in op) {
    const [parent, key] = parentAndKey(op.p);
    return rewrite(base, parent, 0, (node) => {
      if (!isObj(node)) throw new BadDelta();
      const copy = { ...node };
      delete copy[key];
      return copy;
    });
  }
  if (!('v' in op)) throw new BadDelta();
  if (op.p.length === 0) return op.v;
  const key = op.p[op.p.length - 1]!;
  return rewrite(base, op.p.slice(0, -1), 0, (node) => {
    if (
      Array.isArray(node) &&
      typeof key === 'number' &&
      Number.isInteger(key) &&
      key >= 0 &&
      key < node.length
    ) {
      const copy = node.slice();
      copy[key] = op.v;
      return copy;
    }
    if (isObj(node) && typeof key === 'string' && !UNSAFE.has(key)) return { ...node, [key]: op.v };
    throw new BadDelta();
  });
}

/** `base` with `ops` applied, or undefined when they do not fit it (then ask for the whole value). */
export function jsonPatch(base: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) return undefined;
  try {
    return (ops as DeltaOp[]).reduce(apply, base);
  } catch (e) {
    if (e instanceof BadDelta || e instanceof TypeError || e instanceof RangeError)
      return undefined;
    throw e;
  }
}
