import type { CompiledLocale } from './compile';

/**
 * The range found by the last successful `readRange`. Reused between calls:
 * this runs for every chip on every page mutation, so it allocates nothing
 * beyond the regex matches.
 */
export const found = {
  sh: 0,
  sm: 0,
  eh: 0,
  em: 0,
  /** Where the start token begins and where the end token ends. */
  startAt: 0,
  startEnd: 0,
  endAt: 0,
  endEnd: 0,
};

const NONE = 0;
const AM = 1;
const PM = 2;

// Previous token, kept for the `1 to 2pm` form.
let bareH = -1;
let bareAt = 0;
let bareEnd = 0;

/** 24-hour value of a token, or -1 when it is not a valid clock reading. */
function hour24(h: number, marker: number): number {
  if (marker === NONE) return h === 24 ? 0 : h <= 23 ? h : -1;
  // Both 12-hour conventions occur: `12pm` and Japanese `午後0時` are noon.
  if (h > 12) return -1;
  return (h % 12) + (marker === PM ? 12 : 0);
}

function markerOf(loc: CompiledLocale, m: RegExpExecArray): number {
  if (m[loc.amGroup] !== undefined) return AM;
  if (m[loc.pmGroup] !== undefined) return PM;
  return NONE;
}

function isConnector(loc: CompiledLocale, text: string, from: number, to: number): boolean {
  const between = text
    .slice(from, to)
    .replace(/[\s\u200b\u200e\u200f]+/g, ' ')
    .trim()
    .toLowerCase();
  return loc.range.has(between);
}

function scan(
  loc: CompiledLocale,
  text: string,
  from: number,
  to: number,
  firstOnly: boolean,
): boolean {
  const re = loc.time;
  re.lastIndex = from;
  let count = 0;
  let sMarker = NONE;
  let sh = 0;
  let sm = 0;
  bareH = -1;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const h = +(m[loc.hourGroup] as string);
    const minutes = m[loc.minuteGroup];
    const hasMin = minutes !== undefined;
    const marker = markerOf(loc, m);
    const end = m.index + m[0].length;
    if (end > to) break;
    if (!hasMin && marker === NONE) {
      if (count === 1 && loc.spec.markerFirst && sMarker !== NONE) {
        // `午前9時～10時`, `පෙ.ව. 9 – 10`: marker-first languages drop the end's marker.
        if (!isConnector(loc, text, found.startEnd, m.index)) continue;
        if (!complete(sh, sm, sMarker, h, 0, sMarker, m.index, end)) return false;
        if (firstOnly) return true;
        count = 2;
        continue;
      }
      bareH = h;
      bareAt = m.index;
      bareEnd = end;
      continue;
    }
    if (loc.spec.strict && marker === NONE && foreignWordAt(loc, text, end)) return false;
    const min = hasMin ? +minutes : 0;
    if (count === 0) {
      if (marker !== NONE && bareH >= 1 && isConnector(loc, text, bareEnd, m.index)) {
        // `1 to 2pm`: English drops the first marker when both are the same.
        const startH = hour24(bareH, marker);
        const endH = hour24(h, marker);
        if (startH < 0 || endH < 0 || min > 59) return false;
        setFound(startH, 0, endH, min, bareAt, bareEnd, m.index, end);
        if (firstOnly) return true;
        count = 2;
        continue;
      }
      sh = h;
      sm = min;
      sMarker = marker;
      found.startAt = m.index;
      found.startEnd = end;
      count = 1;
      bareH = -1;
      continue;
    }
    if (count >= 2) return false;
    // A start without its marker takes the end's (`1:30 to 2pm`); in
    // marker-first languages the end takes the start's (`午前8:15～9:30`).
    let endMarker = marker;
    if (marker === NONE && sMarker !== NONE) {
      if (!loc.spec.markerFirst) return false;
      endMarker = sMarker;
    }
    const startMarker = sMarker === NONE ? endMarker : sMarker;
    if (!complete(sh, sm, startMarker, h, min, endMarker, m.index, end)) return false;
    if (firstOnly) return true;
    count = 2;
  }
  return count === 2;
}

const WORD = /[\s\u200e\u200f]*([\p{L}\p{M}.]+)/uy;

/** An unmarked time followed by a word we can't read may be a 12-hour time (`7:30 nm.`). */
function foreignWordAt(loc: CompiledLocale, text: string, at: number): boolean {
  WORD.lastIndex = at;
  const word = WORD.exec(text);
  return word !== null && !loc.range.has((word[1] as string).toLowerCase());
}

/** ASCII, plus the spaces and dashes English ranges use. */
function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xa0 && c !== 0x202f && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

/**
 * Finds the event's two times in `text[from, to)`. With `firstOnly`, stops
 * at the first complete range (the end of the when-part is not known yet);
 * otherwise a third time makes the text ambiguous and the read fails.
 */
export function readRange(
  loc: CompiledLocale,
  text: string,
  from: number,
  to: number,
  firstOnly: boolean,
  label = false,
): boolean {
  if (!scan(loc, text, from, to, firstOnly)) return false;
  if (!label && cutOff(text, found.endEnd)) return false;
  return !loc.spec.strict || isPlain(text, from, found.endEnd);
}

/**
 * Hidden text always goes on after the end time (a title, a range word), so
 * one that stops there may have lost the end's minutes: `午後1` of `午後1:30`.
 * Only the visible label (`label`) ends with its end time.
 */
function cutOff(text: string, end: number): boolean {
  const rest = text.length - end;
  return rest === 0 || (rest === 1 && (text[end] === ':' || text[end] === '.'));
}

function complete(
  sh: number,
  sm: number,
  sMarker: number,
  eh: number,
  em: number,
  eMarker: number,
  endAt: number,
  endEnd: number,
): boolean {
  const startH = hour24(sh, sMarker);
  const endH = hour24(eh, eMarker);
  if (startH < 0 || endH < 0 || sm > 59 || em > 59) return false;
  setFound(startH, sm, endH, em, found.startAt, found.startEnd, endAt, endEnd);
  return true;
}

function setFound(
  sh: number,
  sm: number,
  eh: number,
  em: number,
  startAt: number,
  startEnd: number,
  endAt: number,
  endEnd: number,
): void {
  found.sh = sh;
  found.sm = sm;
  found.eh = eh;
  found.em = em;
  found.startAt = startAt;
  found.startEnd = startEnd;
  found.endAt = endAt;
  found.endEnd = endEnd;
}
