/**
 * Small checks that name what is wrong by its path in the file
 * (`days[12].events[3].start must be a number`), so a refused backup says
 * exactly why. Each throws `Invalid`; the validator turns that into a reason.
 */
export class Invalid extends Error {}

export type Obj = Record<string, unknown>;

export function fail(path: string, what: string): never {
  throw new Invalid(`${path} ${what}`);
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'must be an object');
  return v as Obj;
}

export function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'must be a list');
  return v;
}

export function str(v: unknown, path: string, { max = 10_000, empty = true } = {}): string {
  if (typeof v !== 'string') fail(path, 'must be text');
  if (!empty && v === '') fail(path, 'must not be empty');
  if (v.length > max) fail(path, `must be at most ${max} characters`);
  return v;
}

export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'must be a number');
  return v;
}

export function int(v: unknown, path: string, min = 0): number {
  if (!Number.isInteger(v) || (v as number) < min) {
    fail(path, `must be a whole number of at least ${min}`);
  }
  return v as number;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'must be true or false');
  return v;
}

export function oneOf<T>(v: unknown, path: string, values: readonly T[]): T {
  if (!values.includes(v as T)) {
    fail(path, `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  }
  return v as T;
}

/** An optional field: absent is fine, present must pass `check`. */
export function opt(o: Obj, key: string, path: string, check: (v: unknown, p: string) => unknown) {
  if (key in o && o[key] !== undefined) check(o[key], `${path}.${key}`);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as `yyyy-MM-dd`. */
export function dayKey(v: unknown, path: string): string {
  const m = typeof v === 'string' ? DAY.exec(v) : null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    fail(path, 'must be a day written yyyy-MM-dd');
  }
  return v as string;
}

/** Refuses a second record with the same key: a restore would silently keep only one. */
export function unique<T>(items: readonly T[], path: string, keyOf: (item: T) => string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first !== undefined) fail(`${path}[${i}]`, `repeats ${path}[${first}] (same key)`);
    seen.set(key, i);
  });
}
