import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '@/utils/shared/i18n/glossary';
import { bestLocale, intlTag, LOCALES } from '@/utils/shared/i18n/locales';
import { fromMessagesJson, toMessagesJson } from '@/utils/shared/i18n/messages-json';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';

const en = CATALOGUES.en!;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const plurals = new Set(
  Object.keys(en)
    .filter((k) => k.endsWith('_other'))
    .map(baseOf),
);
const singles = Object.keys(en).filter((k) => !plurals.has(baseOf(k)));
const positions = (s: string) => [...new Set(s.match(/\$\d/g) ?? [])].sort();

// Chrome Web Store and AMO limits on what the manifest shows.
const LIMITS: Record<string, number> = { ext_name: 45, ext_description: 132, ext_action_title: 45 };

describe.each(LOCALES)('catalogue %s', (locale) => {
  const messages = CATALOGUES[locale]!;
  const forms = new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories;

  test('every message, none extra', () => {
    const expected = [
      ...singles,
      ...[...plurals].flatMap((b) => forms.map((f) => `${b}_${f}`)),
    ].sort();
    expect(Object.keys(messages).sort()).toEqual(expected);
  });

  test('the same placeholders as English, no empty message', () => {
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), key).not.toBe('');
      expect(positions(text), key).toEqual(
        positions(en[baseOf(key) in en ? baseOf(key) : key] ?? en[`${baseOf(key)}_other`]!),
      );
    }
  });

  test("within the stores' length limits", () => {
    for (const [key, max] of Object.entries(LIMITS)) {
      expect(messages[key]!.length, `${key}: ${messages[key]}`).toBeLessThanOrEqual(max);
    }
  });

  test("the product's words from the glossary", () => {
    const g = GLOSSARY[locale];
    expect(messages.page_execution).toBe(g.execution);
    expect(messages.page_innovation).toBe(g.innovation);
    expect(messages.page_exclude).toBe(g.excluded);
    expect(messages.badge_overrides_other!.toLowerCase()).toContain(g.override.toLowerCase());
  });

  test("survives the browsers' messages.json format", () => {
    expect(fromMessagesJson(toMessagesJson(messages))).toEqual(messages);
  });
});

test('English names the tag control exactly as the product contract says', () => {
  expect([en.page_execution, en.page_innovation, en.page_exclude, en.page_auto]).toEqual([
    'Execution',
    'Innovation',
    'Exclude',
    'Auto',
  ]);
});

test('page and browser languages find their catalogue', () => {
  expect(
    ['de-AT', 'pt-PT', 'pt-BR', 'zh-CN', 'zh-Hans', 'zh-TW', 'ja', 'he', '', 'en-GB', 'fr_CA'].map(
      bestLocale,
    ),
  ).toEqual(['de', 'pt_BR', 'pt_BR', 'zh_CN', 'zh_CN', 'en', 'ja', 'en', 'en', 'en', 'fr']);
});
