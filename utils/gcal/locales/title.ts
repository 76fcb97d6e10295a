import type { CompiledLocale } from './compile';
import { nextSep, rsvpAt, sepLength, startsWithAny } from './fields';

// Field starts, reused: titles rarely span more than a few fields.
const MAX_FIELDS = 32;
const starts = new Int32Array(MAX_FIELDS);
const sepsAt = new Int32Array(MAX_FIELDS);

/**
 * Where a title that starts at `from` ends (the index of the separator after
 * it), when the visible title is not known. Titles contain the separator
 * (`Planning Review: Roadmap, Tooling, Access`), so the end is found from the
 * first field that can only follow a title: `Calendar: x`, an RSVP word or
 * the location, which come after the owner.
 */
export function titleByAnchors(loc: CompiledLocale, text: string, from: number): number {
  const spec = loc.spec;
  const seps = spec.sep;
  let n = 0;
  starts[n++] = from;
  const quotes = spec.titleQuotes;
  let scanFrom = from;
  if (quotes && text.startsWith(quotes[0], from)) {
    // A quoted title ends at its closing quote, whatever it contains.
    const close = text.indexOf(quotes[1], from + quotes[0].length);
    if (close !== -1) scanFrom = close;
  }
  for (
    let i = nextSep(text, seps, scanFrom);
    i !== -1 && n < MAX_FIELDS;
    i = nextSep(text, seps, i + sepLength)
  ) {
    sepsAt[n] = i;
    starts[n++] = i + sepLength;
  }
  // `Calendar: x` is the owner field itself; the location follows the owner
  // and an RSVP; an RSVP word alone is the weakest sign (titles say "Accepted").
  let owner = -1;
  let firstRsvp = -1;
  for (let k = 1; k < n && owner === -1; k++) {
    const at = starts[k] as number;
    if (startsWithAny(text, at, spec.calendar) > 0) owner = k;
    else if (k >= 2 && isPlace(loc, text, at))
      owner = isRsvp(loc, text, starts[k - 1] as number) && k >= 3 ? k - 2 : k - 1;
    else if (k >= 2 && firstRsvp === -1 && isRsvp(loc, text, at)) firstRsvp = k;
  }
  if (owner === -1) owner = firstRsvp !== -1 ? firstRsvp - 1 : n > 1 ? 1 : -1;
  if (owner === -1) return text.length;
  // The separator before the owner field ends the title.
  return sepsAt[owner] as number;
}

function isPlace(loc: CompiledLocale, text: string, at: number): boolean {
  return (
    startsWithAny(text, at, loc.spec.location) > 0 ||
    startsWithAny(text, at, loc.spec.noLocation) > 0
  );
}

function isRsvp(loc: CompiledLocale, text: string, at: number): boolean {
  return rsvpAt(loc.rsvp, loc.spec, text, at) !== undefined;
}
