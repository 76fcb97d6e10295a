const FIELD_BEFORE = ',、，،「:：';
const FIELD_AFTER = ',、，،」';
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00a0' || ch === '\u202f';

/** Where `part` appears in `text` as a whole field after the first one, or -1. */
function laterFieldIndex(text: string, part: string): number {
  for (let i = text.indexOf(part, 1); i !== -1; i = text.indexOf(part, i + 1)) {
    let b = i - 1;
    while (b > 0 && isSpace(text[b])) b--;
    let a = i + part.length;
    while (a < text.length && isSpace(text[a])) a++;
    if (FIELD_BEFORE.includes(text[b]!) && (a >= text.length || FIELD_AFTER.includes(text[a]!)))
      return i;
  }
  return -1;
}

const DIGIT = /\p{Nd}/u;

/**
 * The visible title (the visible text that is a later field of the hidden
 * text: the page's own spelling, untruncated) and the visible time label.
 */
export function visibleTitle(
  hidden: string,
  texts: readonly string[],
): { visibleTitle?: string; visibleTime?: string } {
  const out: { visibleTitle?: string; visibleTime?: string } = {};
  let titleAt = Infinity;
  for (const t of texts) {
    const at = laterFieldIndex(hidden, t);
    if (at !== -1 && at < titleAt) {
      titleAt = at;
      out.visibleTitle = t;
    }
  }
  const time = texts.find((t) => t !== out.visibleTitle && DIGIT.test(t));
  if (time) out.visibleTime = time;
  return out;
}
