import type { TaggableEvent } from '@/utils/domain/classify/tag-state';
import type { Category, DayKey, Snapshot } from '@/utils/shared/types';

// The seam between Polarity and the calendar it reads. Everything outside a
// source's own folder (utils/gcal/ for Google Calendar) goes through these two
// halves. They are two objects, not one, because the page half runs in every
// calendar tab under a 30 KB budget and must not pull in the background half
// (73 languages of chip text).

/** An open event popover, as the page half finds it. */
export interface OpenPopover {
  /** Where the tag control mounts: a container the calendar leaves alone. */
  dialog: HTMLElement;
  /** The calendar's own id of the open event, as the page writes it. */
  eid: string;
  title: string;
  calendarName?: string;
  calendarId?: string;
}

/** What the page half sends about an open popover (no nodes cross the wire). */
export type PopoverEvent = Pick<OpenPopover, 'eid' | 'title' | 'calendarName' | 'calendarId'>;

/**
 * A privacy-safe picture of the page for a bug report: its structure with
 * every text and id replaced by placeholders, the page read (for the
 * background to describe each chip), and placeholder → id (never saved).
 */
export interface StructureAnswer {
  structure: unknown;
  read: unknown;
  ids: Record<string, string>;
}

/** Marks chips in place by category; the page half's alternative to a stylesheet per event. */
export interface ChipMarks {
  /** The fixed stylesheet that draws the marks; no id and no title in it. */
  css: string;
  /**
   * Sets each chip's mark from `categoryOf` (its id → category), touching only
   * chips whose mark changes; `null` removes every mark.
   */
  mark(doc: Document, categoryOf: ((eid: string) => Category | undefined) | null): void;
  /**
   * The same for only the chips these mutations added or re-targeted, in the
   * observer's own callback: a chip known by its id is marked before the
   * page's next frame, so it costs no second style pass.
   */
  markChanged(
    records: readonly MutationRecord[],
    categoryOf: (eid: string) => Category | undefined,
  ): void;
}

/** The page half: runs in the calendar tab, only walks the DOM. */
export interface CalendarPageSource {
  /** Content-script match patterns. */
  matches: string[];
  /** The page as found, as plain JSON-safe data; nothing parsed. */
  extract(root: ParentNode, url: URL): unknown;
  /** The account this page shows, from its address. */
  accountOf(url: URL): number;
  /** Attributes whose change can mean new events on the page (besides added and removed nodes). */
  watchedAttributes: string[];
  /** The open event popover, or null. May force layout: call it batched. */
  findPopover(doc: Document): OpenPopover | null;
  /** Attributes whose change can open, close or re-target the popover. */
  popoverAttributes: string[];
  /**
   * The elements (open or hidden) whose attributes can open, close or
   * re-target the popover; only they and their ancestors are watched for
   * `popoverAttributes`. Without it, every attribute change in the page is.
   */
  popoverRoots?(doc: Document): Element[];
  /**
   * Chip markers as marks on the chips themselves, under one fixed stylesheet:
   * a chip's style is matched against a handful of rules, not one rule per
   * event. Without it, the background's `markerCss` is written instead.
   */
  chipMarks?: ChipMarks;
  /**
   * The page as it is, for a bug report, built only when the user asks: raw,
   * for the background half's `structure` to replace every text and id (the
   * page half carries no privacy rules, under its budget).
   */
  structure(doc: Document, url: URL): unknown;
}

/** Addresses of the calendar's own pages; Polarity opens nothing else. */
export interface CalendarUrls {
  /** The calendar's week view, on `day`'s week, or the current week. */
  week(account: number, day?: DayKey): string;
  /** The event's own page; undefined when the id is not one the calendar wrote. */
  event(account: number, eid: string): string | undefined;
  /** The calendar's new-event page, prefilled; without a slot the calendar picks the time. */
  newEvent(
    account: number,
    title: string,
    slot?: { start: number; end: number },
    timeZone?: string,
    /** `weekly`: the event repeats every week at the same time. */
    options?: { weekly?: boolean },
  ): string;
  /** Whether `url` is one of the calendar's own pages. */
  isOwn(url: string): boolean;
}

/** The background half: turns what the page half found into events. */
export interface CalendarSource {
  /** Tab URL pattern of the calendar's pages (covered by the host permission). */
  tabPattern: string;
  /** The account a tab shows, from its address. */
  accountOf(url: URL): number;
  /**
   * A page read into events, or null when `read` is not one of this source's
   * reads at all (then nothing is stored). Never throws.
   */
  interpret(read: unknown): Snapshot | null;
  /** An open popover's event that the last read did not include; null when its id is foreign. */
  describePopover(pop: PopoverEvent): TaggableEvent | null;
  /** The stylesheet that marks each chip by its category, keyed on the page's own ids. */
  markerCss(categories: Readonly<Record<string, Category>>): string;
  /** The page half's raw `structure` made privacy-safe; null when it is not one. */
  structure(raw: unknown): StructureAnswer | null;
  urls: CalendarUrls;
}
