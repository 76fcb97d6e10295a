// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { extractView } from '@/utils/gcal/extract-view';
import { rawStructure } from '@/utils/gcal/page-raw';
import { REDESIGNS } from '../../fixtures/redesign';
import { committedPage, pageDom, WEEK_URL } from '../gcal/page-dom';
import { fromTab, setupBackground } from '../background-setup';

const now = new Date(2026, 10, 24, 12).getTime();
const docOf = (file: string) => pageDom(committedPage(file));

test('the last read is kept per tab and per account, for "Show what Polarity read"', async () => {
  const { bg } = setupBackground({ now }, 'summary-1');
  expect(await bg.handlers.getReadSummary!({}, {})).toBeNull();
  await bg.handlers.snapshot!(
    extractView(docOf('week-real-shapes.html'), WEEK_URL, now),
    fromTab(3),
  );
  const redesigned = pageDom(
    REDESIGNS.find((r) => r.hook === 'role=gridcell')!.apply(committedPage('week-en.html')),
  );
  await bg.handlers.snapshot!(extractView(redesigned, WEEK_URL, now + 1), fromTab(5));
  const three = await bg.handlers.getReadSummary!({ tabId: 3 }, {});
  expect(three).toMatchObject({ tabId: 3, status: 'ok', chipsFound: 9, unreadableChips: 0 });
  expect(three!.days.map((d) => d.counted)).toEqual([2, 2, 1, 0, 0, 0, 0]);
  // The popup over another tab (or over itself, in tests) gets the account's last read.
  const last = await bg.handlers.getReadSummary!({ tabId: 99 }, {});
  expect(last).toMatchObject({
    tabId: 5,
    status: 'unreadable',
    chipsFound: 32,
    unreadableChips: 32,
  });
  expect(last!.reason).toMatch(/^can't read this view: 32 event chips found, but no day columns/);
});

test('the page report is asked of the tab last read, and read again in the background', async () => {
  const asked: number[] = [];
  const doc = docOf('week-real-shapes.html');
  const { bg } = setupBackground({ now }, 'summary-2', {
    askStructure: async (tabId) => {
      asked.push(tabId);
      // What the page half answers: the page as it is, placeholders made here.
      return rawStructure(doc, WEEK_URL, extractView(doc, WEEK_URL, now));
    },
  });
  await expect(bg.handlers.getPageReport!({}, {})).rejects.toThrow(/No Google Calendar tab/);
  await bg.handlers.snapshot!(extractView(doc, WEEK_URL, now), fromTab(4));
  const report = await bg.handlers.getPageReport!({}, {});
  expect(asked).toEqual([4]);
  expect(report).toMatchObject({ format: 'polarity-page-report', polarity: '0.1.0-test' });
  expect(report.reading).toMatchObject({ status: 'ok', chipsFound: 9 });
  const blocks = Object.values(report.chips).filter((c) => c.timeBlock);
  expect(blocks.map((c) => Object.values(c.days))).toEqual([
    [['10:00', '12:00']],
    [['13:00', '14:30']],
  ]);
  expect(JSON.stringify(report)).not.toMatch(/Deep work|jordan\.lee|ttb_[A-Za-z0-9]{8}/);
});
