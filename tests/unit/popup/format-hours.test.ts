import { expect, test } from 'vitest';
import {
  chartHours,
  formatHours,
  formatMinutes,
  formatPercent,
  weekNumber,
} from '@/components/popup/format-hours';
import { questionKey } from '@/components/popup/ReflectionQuestion';
import type { Text } from '@/components/use-text';
import { REFLECTION_QUESTIONS } from '@/utils/domain/report/reflection-question';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { catalogueReader, render } from '@/utils/shared/i18n/render';

/** The words `useText()` gives, over a catalogue in memory. */
function words(locale: string, lang = locale.replace('_', '-')): Text {
  const reader = catalogueReader(CATALOGUES[locale]!, lang);
  return {
    lang,
    t: (key, ...subs) => render({ key, subs }, reader),
    n: (key, count, ...subs) => render({ key, count, subs: [count, ...subs] }, reader),
    say: (m) => render(m, reader),
  };
}

test('hours to one decimal, the number and the unit in the reader’s language', () => {
  expect(formatHours(570, words('en'))).toBe('9.5 h');
  expect(formatHours(570, words('de'))).toBe('9,5 Std.');
  expect(formatHours(342, words('fr'))).toBe('5,7 h');
  expect(formatHours(540, words('ja'))).toBe('9 時間');
  expect(formatHours(75, words('pl'))).toBe('1,3 godz.');
  expect(chartHours(570, words('en'))).toBe('9.5h');
  expect(chartHours(570, words('de'))).toBe('9,5 h');
});

test('block lengths in minutes and hours, as the catalogue words them', () => {
  expect([45, 120, 90].map((m) => formatMinutes(m, words('en')))).toEqual([
    '45 min',
    '2 h',
    '1 h 30 min',
  ]);
  expect(formatMinutes(90, words('de'))).toBe('1 Std. 30 Min.');
  expect(formatMinutes(90, words('ko'))).toBe('1시간 30분');
});

test('percentages and week numbers by Intl and the catalogue', () => {
  expect(formatPercent(24, words('en'))).toBe('24%');
  expect(formatPercent(24, words('de')).replace(/\s/g, ' ')).toBe('24 %');
  expect(formatPercent(24, words('ja'))).toBe('24%');
  expect(weekNumber('2026-W08', words('en'))).toBe('W08');
  expect(weekNumber('2026-W48', words('de'))).toBe('KW 48');
  expect(weekNumber('2026-W48', words('zh_CN'))).toBe('第48周');
});

test('every question of the week has its message, the same words in English', () => {
  const en = CATALOGUES.en!;
  expect(REFLECTION_QUESTIONS.map((q) => en[questionKey(q)!])).toEqual(REFLECTION_QUESTIONS);
  expect(Object.keys(en).filter((k) => k.startsWith('popup_question_'))).toHaveLength(
    REFLECTION_QUESTIONS.length,
  );
  expect(questionKey('not one of them')).toBeUndefined();
});
