import type { DataExport } from '@/utils/domain/export/data-export';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';
import { exportFileName } from '@/utils/domain/export/export-file-name';
import { weekCsv } from '@/utils/domain/export/week-csv';
import type { PageReport } from '@/utils/domain/report/page-report';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import { pageReportFileName } from './read-view-text';
import { storeCell } from '../store-cell';

/** What the popup needs from the outside world; tests pass fakes. */
export interface PopupEffects {
  weekReport(offset: number): Promise<WeekReportResult>;
  exportData(): Promise<DataExport>;
  save(name: string, parts: BlobPart[], type: string): void;
  openTab(url: string): void;
  /** The last read of the current Calendar tab (else of the account last viewed). */
  readSummary(): Promise<ReadSummary | null>;
  /** The privacy-safe page report of that tab. */
  pageReport(): Promise<PageReport>;
  openOptions(): void;
  /** The review page, on the week shown. */
  openReview(offset: number): void;
  /** Which sections below the first screen the user left open. */
  sections(): Promise<SectionState>;
  saveSections(state: SectionState): Promise<void>;
}

/** Open sections by id; a section not named is closed. */
export type SectionState = Readonly<Record<string, boolean>>;

/** "Show what Polarity read": open over the week while `open`. */
export interface ReadPanel {
  status: 'loading' | 'ready' | 'error';
  summary?: ReadSummary | null;
  error?: string;
  /** Result of the last page report, announced politely. */
  notice?: string;
  /** Why it failed, in the browser's words (folded under the notice). */
  noticeDetail?: string | undefined;
}

export interface PopupState {
  offset: number;
  status: 'loading' | 'ready' | 'error';
  /** The last report received; kept while the next week loads, so nothing jumps. */
  report?: WeekReportResult;
  error?: string;
  /** Result of the last export, announced politely. */
  notice?: string;
  /** Why it failed, in the browser's words (folded under the notice). */
  noticeDetail?: string | undefined;
  /** Set while "Show what Polarity read" is open. */
  read?: ReadPanel;
  sections: SectionState;
}

export interface PopupStore {
  get(): PopupState;
  subscribe(listener: () => void): () => void;
  load(offset: number): Promise<void>;
  previous(): Promise<void>;
  next(): Promise<void>;
  thisWeek(): Promise<void>;
  exportCsv(): void;
  exportJson(): Promise<void>;
  openTab(url: string): void;
  showRead(): Promise<void>;
  hideRead(): void;
  savePageReport(): Promise<void>;
  openOptions(): void;
  openReview(): void;
  toggleSection(id: string): void;
}

// Spreadsheets read UTF-8 CSV correctly only with a byte order mark.
const BOM = '\uFEFF';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** A notice in the browser's language, as the popup around it speaks. */
const say = (key: Parameters<typeof msg>[0], ...subs: string[]) =>
  render(msg(key, ...subs), browserReader());

export function createPopupStore(effects: PopupEffects): PopupStore {
  const cell = storeCell<PopupState>({ offset: 0, status: 'loading', sections: {} });
  const { set } = cell;
  // Remembered sections open as soon as they are known; a toggle before then wins.
  let toggled = false;
  effects
    .sections()
    .then((sections) => !toggled && set({ sections }))
    .catch(() => undefined);
  let latest = 0;

  let inFlight: { offset: number; ticket: number; done: Promise<void> } | undefined;

  function load(offset: number): Promise<void> {
    // The same week already on its way: wait for it rather than ask twice
    // (the popup asks as soon as its script runs, before the first render).
    if (inFlight?.offset === offset) return inFlight.done;
    // Only the newest request may land: quick clicks never show an older week.
    const ticket = ++latest;
    set({ offset, status: 'loading', notice: undefined });
    const done = (async () => {
      try {
        const report = await effects.weekReport(offset);
        if (ticket === latest) set({ status: 'ready', report, error: undefined });
      } catch (e) {
        if (ticket === latest) set({ status: 'error', error: message(e) });
      } finally {
        if (inFlight?.ticket === ticket) inFlight = undefined;
      }
    })();
    inFlight = { offset, ticket, done };
    return done;
  }

  return {
    get: cell.get,
    subscribe: cell.subscribe,
    load,
    previous: () => load(cell.get().offset - 1),
    next: () => load(cell.get().offset + 1),
    thisWeek: () => load(0),
    exportCsv() {
      const r = cell.get().report;
      if (r?.state !== 'week') return;
      const name = exportFileName(r.isoWeek, 'csv');
      effects.save(name, [BOM, weekCsv(r.events, r, browserReader())], 'text/csv;charset=utf-8');
      set({ notice: say('popup_saved_file', name), noticeDetail: undefined });
    },
    async exportJson() {
      const r = cell.get().report;
      if (r?.state !== 'week') return;
      try {
        const data = await effects.exportData();
        const name = exportFileName(r.isoWeek, 'json');
        effects.save(name, [JSON.stringify(data, null, 2)], 'application/json');
        set({ notice: say('popup_saved_file', name), noticeDetail: undefined });
      } catch (e) {
        set({ notice: say('popup_export_failed'), noticeDetail: message(e) });
      }
    },
    openTab: (url) => effects.openTab(url),
    async showRead() {
      set({ read: { status: 'loading' } });
      try {
        const summary = await effects.readSummary();
        if (cell.get().read) set({ read: { status: 'ready', summary } });
      } catch (e) {
        if (cell.get().read) set({ read: { status: 'error', error: message(e) } });
      }
    },
    hideRead: () => set({ read: undefined }),
    openOptions: () => effects.openOptions(),
    openReview: () => effects.openReview(cell.get().offset),
    toggleSection(id) {
      toggled = true;
      const sections = { ...cell.get().sections, [id]: !cell.get().sections[id] };
      set({ sections });
      effects.saveSections(sections).catch(() => undefined);
    },
    async savePageReport() {
      const panel = () => cell.get().read;
      try {
        const report = await effects.pageReport();
        const name = pageReportFileName(report.reading.view, Date.now());
        effects.save(name, [JSON.stringify(report, null, 2)], 'application/json');
        const p = panel();
        if (p)
          set({ read: { ...p, notice: say('popup_saved_file', name), noticeDetail: undefined } });
      } catch (e) {
        const p = panel();
        if (p)
          set({ read: { ...p, notice: say('popup_no_page_report'), noticeDetail: message(e) } });
      }
    },
  };
}
