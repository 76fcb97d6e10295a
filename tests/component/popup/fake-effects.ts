import { vi } from 'vitest';
import type { DataExport } from '@/utils/domain/export/data-export';
import type { PageReport } from '@/utils/domain/report/page-report';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import type { PopupEffects, SectionState } from '@/components/popup/store';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { fixtureReport } from './fixture-report';

export interface Saved {
  name: string;
  text: string;
  type: string;
}

/** Effects whose reports come from `reportFor(offset)`; saved files and opened tabs are recorded. */
export function fakeEffects(
  reportFor: (offset: number) => WeekReportResult | Promise<WeekReportResult> = (offset) =>
    fixtureReport({ offset }),
  summary: ReadSummary | null = null,
  pageReport?: PageReport,
) {
  const saved: Saved[] = [];
  const tabs: string[] = [];
  const opened: string[] = [];
  let sections: SectionState = {};
  const data: DataExport = {
    format: 'polarity-data',
    version: 2,
    exportedAt: '2026-11-25T12:00:00.000Z',
    dbVersion: 2,
    settings: DEFAULT_SETTINGS,
    rules: [],
    days: [],
    tags: [],
    serves: [],
    overrides: [],
    meta: [],
  };
  const effects: PopupEffects = {
    weekReport: vi.fn(async (offset: number) => reportFor(offset)),
    exportData: vi.fn(async () => data),
    save: (name, parts, type) => void saved.push({ name, text: parts.join(''), type }),
    openTab: (url) => void tabs.push(url),
    readSummary: vi.fn(async () => summary),
    pageReport: vi.fn(async () => {
      if (!pageReport) throw new Error('No Google Calendar tab has been read yet.');
      return pageReport;
    }),
    openOptions: () => void opened.push('options'),
    openReview: (offset) => void opened.push(`review:${offset}`),
    sections: vi.fn(async () => sections),
    saveSections: vi.fn(async (state: SectionState) => {
      sections = state;
    }),
  };
  return {
    effects,
    saved,
    tabs,
    opened,
    /** What the popup remembered of its sections. */
    sections: () => sections,
    setSections: (s: SectionState) => void (sections = s),
  };
}
