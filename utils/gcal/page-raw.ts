// The page half of the page report: the Calendar page walked as it is, for
// the background half (./page-structure.ts) to make privacy-safe. Nothing
// here may need module-level work: it is in the content script's budget.
import type { PageRead } from './page-read';
import type { PageStructure } from './page-structure';
import { ANY_CHIP, EVENT_CHIP, DATE_KEY, GRID_CELL, MAIN, ROW, TIMED_COLUMN } from './selectors';

/** A report keeps at most this many elements. */
export const MAX_ELEMENTS = 30_000;

/** An element as the page has it: its name, attributes, own text, children. */
export interface RawNode {
  tag: string;
  attrs?: [string, string][];
  text?: string;
  kids?: RawNode[];
}

/**
 * What the content script answers for a report: the page as it is, texts and
 * ids included (like every page read, it goes only to the background), the
 * counts of Calendar's hooks and the page read. The background turns it into
 * placeholders (`placeholderStructure`): the page carries no privacy rules.
 */
export interface RawStructure {
  href: string;
  lang: string | null;
  counts: Omit<PageStructure['counts'], 'elements'>;
  root: RawNode;
  read: PageRead;
}

/** Page half: the page walked as it is, up to the report's element limit (built only when the user asks). */
export function rawStructure(doc: Document, url: URL, read: PageRead): RawStructure {
  let left = MAX_ELEMENTS;
  const walk = (el: Element): RawNode => {
    left--;
    const node: RawNode = { tag: el.tagName.toLowerCase() };
    if (el.attributes.length) node.attrs = Array.from(el.attributes, (a) => [a.name, a.value]);
    let own = '';
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.nodeValue;
    if (own.trim()) node.text = own;
    // Scripts, styles and drawings hold nothing about the grid.
    if (/^(script|style|svg|template|iframe|noscript)$/.test(node.tag)) return node;
    const kids: RawNode[] = [];
    for (let k = el.firstElementChild; k && left > 0; k = k.nextElementSibling) kids.push(walk(k));
    if (kids.length) node.kids = kids;
    return node;
  };
  const count = (s: string) => doc.querySelectorAll(s).length;
  return {
    href: url.href,
    lang: doc.documentElement.getAttribute('lang'),
    counts: {
      mains: count(MAIN),
      chips: Math.max(count(EVENT_CHIP), count(ANY_CHIP)),
      cells: count(GRID_CELL),
      columns: count(TIMED_COLUMN),
      dated: count(DATE_KEY),
      rows: count(ROW),
    },
    root: walk(doc.body ?? doc.documentElement),
    read,
  };
}
