import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { overrideText, OVERRIDE_ACTIONS } from '@/utils/background/nudges/innovation-taken/text';
import { browserChannels } from '@/utils/background/nudges/channels';
import type { OverrideRecord } from '@/utils/domain/db/schema';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { fill } from '@/utils/shared/i18n/render';

afterEach(() => vi.restoreAllMocks());

/** fakeBrowser's i18n as a browser set to `locale` answers (tests/setup.ts does English). */
function browserIn(locale: string, ui: string) {
  fakeBrowser.i18n.getUILanguage = () => ui;
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string[]) =>
    fill(CATALOGUES[locale]![name] ?? '', subs ?? [])) as typeof fakeBrowser.i18n.getMessage;
}

test("a notification speaks the browser's language, whatever the page's", async () => {
  browserIn('ja', 'ja');
  const create = vi
    .spyOn(fakeBrowser.notifications, 'create')
    .mockResolvedValue(undefined as never);
  const channels = browserChannels({
    tabPattern: 'https://calendar.example/*',
    accountOf: () => 0,
    urls: { isOwn: () => true },
  });
  const record = {
    key: 'k',
    account: 0,
    block: {
      title: 'Strategy',
      start: Date.UTC(2026, 10, 24, 14),
      end: Date.UTC(2026, 10, 24, 16),
    },
    cause: 'deleted',
    minutesLost: 120,
  } as unknown as OverrideRecord;
  await channels.notify('n', overrideText(record), OVERRIDE_ACTIONS);
  const ja = CATALOGUES.ja!;
  const options = create.mock.calls[0]![1] as unknown as { title: string; message: string };
  expect(options.title).toBe(fill(ja.nudge_taken_title!, ['Strategy']));
  expect(
    options.message.startsWith(
      fill(ja.nudge_taken_message!, [ja.nudge_cause_deleted!, fill(ja.unit_hours!, ['2']), '']),
    ),
  ).toBe(true);
  expect(options.message).toMatch(/11\/2[45]\(/); // the date as Japanese writes it
});
