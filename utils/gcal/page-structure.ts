// A privacy-safe picture of the Calendar page for a bug report: element names,
// roles, attribute names and the shapes of their values, date keys, counts.
// Every text, name, address and id becomes a placeholder; only values that
// carry structure (roles, indexes, date keys, geometry, colours) are kept.
// The background half: the page half (./page-raw.ts) sends the page as it is.
import type { StructureAnswer as SeamAnswer } from '@/utils/calendar/source';
import type { PageRead } from './page-read';
import { MAX_ELEMENTS, rawStructure, type RawNode, type RawStructure } from './page-raw';

export interface StructureNode {
  tag: string;
  attrs?: Record<string, string>;
  /** The element's own text, as a placeholder (`‹text 3›`: equal texts, equal numbers). */
  text?: string;
  kids?: StructureNode[];
}

export interface PageStructure {
  format: 'polarity-page-structure';
  version: 1;
  /** The address with anything but account, view and date replaced. */
  path: string;
  lang?: string;
  counts: Record<'mains' | 'chips' | 'cells' | 'columns' | 'dated' | 'rows' | 'elements', number>;
  root: StructureNode;
  /** Set when the page had more elements than a report keeps. */
  truncated?: true;
}

/** What the content script answers: the structure, plus what the background needs to describe chips. */
export interface StructureAnswer extends SeamAnswer {
  structure: PageStructure;
  /** The page as the reader takes it, for the background to read the chips' kinds and times. */
  read: PageRead;
  /** Placeholder → raw event id. Used by the background, never written to the file. */
  ids: Record<string, string>;
}

// Values kept as they are when they look like structure, not like words.
const KEEP = new Set(
  (
    'role aria-hidden aria-modal aria-level aria-readonly aria-expanded aria-selected aria-checked ' +
    'aria-disabled aria-pressed aria-haspopup tabindex lang dir hidden type focusable viewBox ' +
    'data-viewkey data-column-index data-datekey data-start-date-key data-end-date-key ' +
    'data-dragsource-type data-opens-details data-eventchip data-stacked-layout-chip ' +
    'data-stacked-layout-chip-container data-opens-day-overview data-chips-dialog'
  ).split(' '),
);
const PLAIN = /^[\w .%:-]{0,40}$/;
const GOOGLE_IDS = new Set(
  'xDetDlg rAECCd xDetDlgWhen xDetDlgCal xDetDlgLoc xDetDlgAtt xDetDlgDesc xDetDlgCloseBu xUserInfo xTimezone'.split(
    ' ',
  ),
);
const STYLE_PROPS = new Set(
  (
    'top left right bottom width height min-height max-height display visibility position z-index ' +
    'opacity background-color background border-color border-left border color outline'
  ).split(' '),
);
// Numbers, units, calc/rgb functions, hex colours and short keywords: geometry and colour.
const STYLE_VALUE =
  /^(?:[\d.]+(?:px|%|em|rem)?|calc|rgba?|hsla?|#[\da-f]{3,8}|[a-z]{1,10}|[()+,\-/*!]|\s)*$/i;
const EMAIL = /[^\s@"]+@[^\s@"]+/;
const EMAILS = new RegExp(EMAIL.source, 'g');
const URL_LIKE = /^(?:[a-z]+:|\/\/|\/)/i;

function shapeOf(value: string): string {
  if (value === '') return '';
  if (EMAIL.test(value)) return '‹email›';
  if (URL_LIKE.test(value)) return '‹url›';
  if (/^\d+$/.test(value)) return '‹number›';
  return '‹text›';
}

function styleShape(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const colon = d.indexOf(':');
      const prop = d.slice(0, colon).trim().toLowerCase();
      const value = d.slice(colon + 1).trim();
      if (colon < 1 || !/^-?[a-z-]+$/.test(prop)) return '‹declaration›';
      return `${prop}: ${STYLE_PROPS.has(prop) && STYLE_VALUE.test(value) ? value : '‹value›'}`;
    })
    .join('; ');
}

class Builder {
  readonly ids: Record<string, string> = {};
  private readonly byId = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  elements = 0;

  eventId(eid: string): string {
    if (eid === 'tasks_rollover_view') return eid;
    let ph = this.byId.get(eid);
    if (!ph) {
      const prefix = /^(ttb_|tasks_|tasks\.)/.exec(eid)?.[1] ?? '';
      ph = `${prefix}‹event ${this.byId.size + 1}›`;
      this.byId.set(eid, ph);
      this.ids[ph] = eid;
    }
    return ph;
  }

  text(t: string): string {
    let ph = this.texts.get(t);
    if (!ph) this.texts.set(t, (ph = `‹text ${this.texts.size + 1}›`));
    return ph;
  }

  attr(name: string, value: string): string {
    if (name === 'data-eventid') return this.eventId(value);
    if (KEEP.has(name)) return PLAIN.test(value) && !value.includes('@') ? value : shapeOf(value);
    if (name === 'class')
      return value
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => (/^[A-Za-z][\w-]{0,30}$/.test(c) ? c : '‹class›'))
        .join(' ');
    if (name === 'style') return styleShape(value);
    if (name === 'id') return GOOGLE_IDS.has(value) ? value : '‹id›';
    // Calendar's own logging: numbers kept, every quoted id or address replaced.
    if (name === 'jslog') return value.replace(/"[^"]*"/g, '"‹…›"').replace(EMAILS, '‹email›');
    return shapeOf(value);
  }

  /** One raw node from the page, checked as it goes: the page's answer is data, not trusted shapes. */
  node(v: unknown, depth = 0): StructureNode {
    this.elements++;
    const raw = (typeof v === 'object' && v !== null ? v : {}) as Partial<
      Record<keyof RawNode, unknown>
    >;
    const tag =
      typeof raw.tag === 'string' && /^[a-z][\w:-]{0,40}$/i.test(raw.tag) ? raw.tag : '‹tag›';
    const node: StructureNode = { tag };
    if (Array.isArray(raw.attrs) && raw.attrs.length) {
      const attrs: Record<string, string> = {};
      for (const a of raw.attrs as unknown[]) {
        if (!Array.isArray(a) || typeof a[0] !== 'string' || typeof a[1] !== 'string') continue;
        const name = /^[\w:.-]{1,60}$/.test(a[0]) ? a[0] : '‹attribute›';
        attrs[name] = this.attr(name, a[1]);
      }
      node.attrs = attrs;
    }
    if (typeof raw.text === 'string' && raw.text.trim()) node.text = this.text(raw.text.trim());
    if (Array.isArray(raw.kids) && depth < 500) {
      const kids: StructureNode[] = [];
      for (const k of raw.kids as unknown[]) {
        if (this.elements >= MAX_ELEMENTS) break;
        kids.push(this.node(k, depth + 1));
      }
      if (kids.length) node.kids = kids;
    }
    return node;
  }
}

/** `/calendar/u/0/r/week/2026/11/24` stays; any other segment (an event id) goes. */
function pathShape(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '‹segment›';
  }
  return url.pathname
    .split('/')
    .map((seg) => (/^(?:\d{1,4}|[a-z]{1,12}|)$/.test(seg) ? seg : '‹segment›'))
    .join('/');
}

const COUNTS = ['mains', 'chips', 'cells', 'columns', 'dated', 'rows'] as const;

/**
 * Background half: the page's answer with every text and id replaced (and
 * placeholder → id beside it, for the background only); null when the answer
 * is not a raw structure at all.
 */
export function placeholderStructure(answer: unknown): StructureAnswer | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const raw = answer as Partial<Record<keyof RawStructure, unknown>>;
  if (typeof raw.href !== 'string' || typeof raw.counts !== 'object' || raw.counts === null)
    return null;
  const b = new Builder();
  const root = b.node(raw.root);
  const found = raw.counts as Record<string, unknown>;
  const counts = {} as PageStructure['counts'];
  for (const k of COUNTS) {
    const n = found[k];
    counts[k] = typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
  }
  counts.elements = b.elements;
  const structure: PageStructure = {
    format: 'polarity-page-structure',
    version: 1,
    path: pathShape(raw.href),
    counts,
    root,
  };
  if (typeof raw.lang === 'string' && PLAIN.test(raw.lang)) structure.lang = raw.lang;
  if (b.elements >= MAX_ELEMENTS) structure.truncated = true;
  return { structure, read: raw.read as PageRead, ids: b.ids };
}

/** Both halves at once (tests, the benchmark). */
export function pageStructure(doc: Document, url: URL, read: PageRead): StructureAnswer {
  return placeholderStructure(rawStructure(doc, url, read))!;
}
