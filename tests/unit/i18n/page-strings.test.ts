import { describe, expect, test, vi } from 'vitest';
import { overrideText } from '@/utils/background/nudges/innovation-taken/text';
import { nextWeekText } from '@/utils/background/nudges/next-week-empty/text';
import { pageStringsHandlers } from '@/utils/background/page-strings';
import { classify } from '@/utils/domain/classify/classify';
import { reasonText } from '@/utils/domain/classify/reason-text';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { asMsg } from '@/utils/shared/i18n/check-msg';
import { englishPage } from '@/utils/shared/i18n/english-page';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { msg } from '@/utils/shared/i18n/msg';
import { isPageKey, pageMessages, pageReader } from '@/utils/shared/i18n/page-strings';
import { catalogueReader, fill, render } from '@/utils/shared/i18n/render';

const readerOf = (locale: string) =>
  pageReader({ locale: locale as never, messages: pageMessages(CATALOGUES[locale]!) }, locale);

describe('getPageStrings', () => {
  test("the page's part of the closest catalogue, each read once", async () => {
    const load = vi.fn(async (locale: string) => CATALOGUES[locale]!);
    const { getPageStrings } = pageStringsHandlers(load);
    const at = await getPageStrings({ lang: 'de-AT' }, {});
    const de = await getPageStrings({ lang: 'de' }, {});
    expect(load).toHaveBeenCalledTimes(1);
    expect(at).toBe(de);
    expect(at.locale).toBe('de');
    expect(at.messages.page_execution).toBe(CATALOGUES.de!.page_execution);
    expect(Object.keys(at.messages).every(isPageKey)).toBe(true);
    expect(at.messages).not.toHaveProperty('badge_split');
    expect(at.messages).not.toHaveProperty('ext_description');
  });

  test('a catalogue that fails to load is tried again by the next page', async () => {
    const load = vi
      .fn<(l: string) => Promise<Record<string, string>>>()
      .mockRejectedValueOnce(new Error('no file'))
      .mockResolvedValue(CATALOGUES.ja!);
    const { getPageStrings } = pageStringsHandlers(load);
    await expect(getPageStrings({ lang: 'ja' }, {})).rejects.toThrow();
    expect((await getPageStrings({ lang: 'ja' }, {})).locale).toBe('ja');
  });
});

describe('sentences as data, rendered where read', () => {
  const record = {
    key: 'o',
    account: 0,
    block: {
      title: 'Strategy',
      start: Date.UTC(2026, 10, 24, 14),
      end: Date.UTC(2026, 10, 24, 16),
    },
    cause: 'overlap',
    by: { title: 'Budget approvals' },
    minutesLost: 45,
  } as unknown as OverrideRecord;

  test('an override nudge in German and Japanese: words of the catalogue, units by Intl', () => {
    for (const locale of ['de', 'ja']) {
      const m = CATALOGUES[locale]!;
      const { title, message } = overrideText(record);
      expect(render(title, readerOf(locale))).toBe(fill(m.nudge_taken_title!, ['Strategy']));
      const cause = fill(m.nudge_cause_overlap!, ['Budget approvals']);
      expect(render(message, readerOf(locale))).toContain(
        fill(m.nudge_taken_message!, [cause, fill(m.unit_minutes!, ['45']), '']),
      );
    }
  });

  test('numbers in the reader’s digits and separators', () => {
    const m = nextWeekText({ kind: 'empty', daysSeen: 5 })!.message;
    expect(render(m, catalogueReader(CATALOGUES.en!, 'ar-EG'))).toContain('٥ of 7');
    const lost = msg('nudge_taken_message', 'Deleted', { minutes: 1230 }, 'Tue');
    expect(render(lost, catalogueReader(CATALOGUES.de!, 'de'))).toBe(
      'Deleted: 20 Std. 30 Min. verloren.\nTue',
    );
    expect(render(lost, englishPage)).toBe('Deleted: 20 h 30 min lost.\nTue');
  });

  test('a reason in the reader’s language, its English kept for exports', () => {
    const c = classify({ kind: 'timed', title: 'Prototype review' });
    expect(c.reason).toBe("Auto: keyword 'prototype'");
    expect(reasonText(c, readerOf('de'))).toBe('Auto: Stichwort „prototype“');
    const rule = classify(
      { kind: 'timed', title: 'x', hasGuests: false },
      {
        innovationKeywords: [],
        rules: [{ id: 'r', when: { type: 'guests', hasGuests: false }, category: 'excluded' }],
      },
    );
    expect(reasonText(rule, readerOf('ja'))).toBe(
      fill(CATALOGUES.ja!.reason_rule!, ['1', CATALOGUES.ja!.rule_why_solo!]),
    );
    expect(reasonText({ reason: 'old words' }, readerOf('de'))).toBe('old words');
  });
});

describe('asMsg, at the page boundary', () => {
  test('keeps sentences, drops what is not one', () => {
    const m = msg(
      'nudge_taken_message',
      msg('nudge_cause_deleted'),
      { minutes: 5 },
      { range: [1, 2] },
    );
    expect(asMsg(m)).toEqual(m);
    expect(asMsg({ key: 'nudge_rebook', count: 2 })).toEqual({ key: 'nudge_rebook', count: 2 });
    for (const bad of [
      null,
      'text',
      { key: 'Not A Key' },
      { key: 'a', subs: [{ html: '<b>' }] },
      { key: 'a', subs: [{ range: [2, 1] }] },
      { key: 'a', count: 'x' },
      { key: 'a', subs: Array(10).fill('x') },
    ])
      expect(asMsg(bad)).toBeUndefined();
    let deep: unknown = { key: 'a' };
    for (let i = 0; i < 6; i++) deep = { key: 'a', subs: [deep] };
    expect(asMsg(deep)).toBeUndefined();
  });
});
