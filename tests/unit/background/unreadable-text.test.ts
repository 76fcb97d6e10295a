import { expect, test } from 'vitest';
import { unreadableText } from '@/utils/background/unreadable-text';
import type { PageStatus } from '@/utils/domain/db/meta';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { msg, plural } from '@/utils/shared/i18n/msg';
import { catalogueReader } from '@/utils/shared/i18n/render';

const status = (over: Partial<PageStatus>): PageStatus => ({
  account: 0,
  status: 'unreadable',
  view: 'week',
  at: 0,
  reason: "can't read this view: 1 event chip found, none readable",
  because: msg('view_none_readable', plural('view_chips', 1)),
  ...over,
});
const de = catalogueReader(CATALOGUES.de!, 'de');

test("the reader's reason in the browser's language; English without a reader", () => {
  expect(unreadableText(status({}), de)).toBe(
    'diese Ansicht kann nicht gelesen werden: 1 Termin-Chip gefunden, keiner lesbar',
  );
  expect(unreadableText(status({}))).toBe(
    "can't read this view: 1 event chip found, none readable",
  );
});

test('a stored sentence that is not one (a tampered backup) falls back to the English words', () => {
  const bad = status({ because: { key: '<b>', subs: [{ html: 'x' }] } as never });
  expect(unreadableText(bad, de)).toBe("can't read this view: 1 event chip found, none readable");
  expect(unreadableText(status({ because: undefined, reason: undefined }), de)).toBe(
    "can't read this view",
  );
});
