import { enCheck } from './i18n/messages/check/en';
import { msg, type Msg, type Sub } from './i18n/msg';
import { catalogueReader, render } from './i18n/render';

/**
 * Small hand-written checks for everything that arrives from outside the
 * background: messages and backup files. Each names what is wrong by its path
 * (`days[12].events[3].start must be a number`) and throws `Invalid`; callers
 * turn that into a reason. Checks return the value they accept, and records
 * are rebuilt from their known fields only, so nothing unchecked (an unknown
 * field, an own `__proto__`, a deep extra branch) is ever kept.
 *
 * Hand-written rather than a library (ARCHITECTURE.md "Messages"): they run in
 * the background and the options page, the reasons must name fields the way
 * the options page shows them, and the set is ~150 lines.
 *
 * A reason is a sentence as data (`because`, shown in the reader's language);
 * `message` is the same in English, for logs and tests.
 */
export class Invalid extends Error {
  constructor(
    readonly because: Msg,
    english = englishOf(because),
  ) {
    super(english);
  }
}

const ENGLISH = catalogueReader(enCheck, 'en');

/** A reason of these checks in English (logs, tests, the English `reason`). */
export const englishOf = (because: Msg): string => render(because, ENGLISH);

export type CheckKey = keyof typeof enCheck;
export type Obj = Record<string, unknown>;

/** `days[3].kind must be text`: the field's path, then what it must be. */
export function fail(path: string, key: CheckKey, ...subs: Sub[]): never {
  throw new Invalid(msg(key, path, ...subs));
}

/** A plain object (an array, a class instance or null is not). */
export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'check_object');
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) fail(path, 'check_object');
  return v as Obj;
}

export function list(v: unknown, path: string, max = Infinity): unknown[] {
  if (!Array.isArray(v)) fail(path, 'check_list');
  if (v.length > max) fail(path, 'check_max_items', max);
  return v;
}

export function str(v: unknown, path: string, { max = 10_000, empty = true } = {}): string {
  if (typeof v !== 'string') fail(path, 'check_text');
  if (!empty && v === '') fail(path, 'check_not_empty');
  if (v.length > max) fail(path, 'check_max_chars', max);
  return v;
}

export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'check_number');
  return v;
}

export function int(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) {
    fail(path, 'check_whole_range', min, max);
  }
  return v as number;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'check_bool');
  return v;
}

export function oneOf<T>(v: unknown, path: string, values: readonly T[]): T {
  if (!values.includes(v as T)) {
    fail(path, 'check_one_of', values.map((x) => JSON.stringify(x)).join(', '));
  }
  return v as T;
}

/** An optional field: absent is fine, present must pass `check`. */
export function opt(o: Obj, key: string, path: string, check: (v: unknown, p: string) => unknown) {
  if (Object.hasOwn(o, key) && o[key] !== undefined) check(o[key], `${path}.${key}`);
}

/** An optional field, checked and copied into `out` when present. */
export function copyOpt<T>(
  o: Obj,
  out: Obj,
  key: string,
  path: string,
  check: (v: unknown, p: string) => T,
): void {
  if (Object.hasOwn(o, key) && o[key] !== undefined) out[key] = check(o[key], `${path}.${key}`);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Every event of a stored day repeats its day: a day found real once is
// looked up, not parsed, for the rest of the worker's life (bounded).
const realDays = new Set<string>();
const MAX_REAL_DAYS = 4096;

/** A real calendar day as `yyyy-MM-dd`. */
export function dayKey(v: unknown, path: string): string {
  if (typeof v === 'string' && realDays.has(v)) return v;
  const m = typeof v === 'string' ? DAY.exec(v) : null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    fail(path, 'check_day');
  }
  if (realDays.size >= MAX_REAL_DAYS) realDays.clear();
  realDays.add(v as string);
  return v as string;
}

/** Account indexes are small (`/u/0` … `/u/n`); anything far beyond is not one. */
export const MAX_ACCOUNT = 999;

export const account = (v: unknown, path: string): number => int(v, path, 0, MAX_ACCOUNT);

// Ids are keys in IndexedDB and parts of URLs and CSS selectors: visible ASCII
// only, no spaces, no quotes or backslashes. Every calendar id Polarity reads
// has this shape (a source with other ids would widen it here, with a test).
const ID = /^[\x21-\x7e]+$/;
const ID_BAD = /["'\\<>`]/;

/** An id as stored and used as a key: visible ASCII, 1 to 1024 characters. */
export function id(v: unknown, path: string): string {
  const s = str(v, path, { max: 1024, empty: false });
  if (!ID.test(s) || ID_BAD.test(s)) fail(path, 'check_id');
  return s;
}

// A colour as the page reports it: `#rgb(a)`/`#rrggbb(aa)`, or a numeric
// rgb()/rgba()/hsl()/hsla(), or a colour keyword; never a url(), var() or
// anything else CSS would fetch or compute.
const COLOR =
  /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgba?|hsla?)\(\s*[-0-9.%deg]+(\s*[,/ ]\s*[-0-9.%]+){2,3}\s*\))$/i;

export const isColor = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 64 && COLOR.test(v);

export function color(v: unknown, path: string): string {
  const s = str(v, path, { max: 64 });
  if (!isColor(s)) fail(path, 'check_colour');
  return s;
}

/** Text shown to the user: a string of bounded length (rendered as text, never markup). */
export const text = (v: unknown, path: string, max = 10_000): string => str(v, path, { max });

/** Refuses a second record with the same key: a restore would silently keep only one. */
export function unique<T>(items: readonly T[], path: string, keyOf: (item: T) => string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first !== undefined) fail(`${path}[${i}]`, 'check_repeats', `${path}[${first}]`);
    seen.set(key, i);
  });
}

/** Runs a check and turns its failure into a reason; anything else it throws is a bug. */
export function attempt<T>(
  check: () => T,
): { ok: true; value: T } | { ok: false; reason: string; because: Msg } {
  try {
    return { ok: true, value: check() };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message, because: e.because };
    throw e;
  }
}
