import { describe, expect, it } from 'vitest';
import { parseChipText } from '../../../utils/gcal/chip-text';
import type { ChipText } from '../../../utils/gcal/chip-text';

const at = (h: number, m = 0) => ({ h, m });

describe('parseChipText, language hints as <html lang> writes them', () => {
  const cases: [string, string, Partial<ChipText>][] = [
    ['pt-BR', '10am - 1pm, Controllers, Agenda: Esri, Nenhum local, 10 de junho de 2024', {}],
    [
      'zh-Hant-TW',
      '上午10點 至 下午1點，Controllers，日曆：Esri，沒有任何地點資訊，2024年6月10日',
      {},
    ],
    ['zh-HK', '上午10時至 下午1時，Controllers，日曆：Esri，沒有位置資料，2024年6月10日', {}],
    ['zh', '上午10点至下午1点，Controllers，日历：Esri，没有位置信息，2024年6月10日', {}],
    ['he', '10 לפ. עד 1 אח., Controllers, יומן: Esri, ללא מיקום, 10 ביוני 2024', {}],
    ['iw', '10 לפ. עד 1 אח., Controllers, יומן: Esri, ללא מיקום, 10 ביוני 2024', {}],
    ['es-MX', 'De 10am a 1pm, Controllers, Calendario: Esri, Sin ubicación, 10 junio 2024', {}],
    [
      'fr-CA',
      'De 10am à 1pm, Controllers, Agenda\u00a0: Esri, Aucun emplacement, 10 juin 2024',
      {},
    ],
    ['nb', 'Fra 10am til 1pm, Controllers, Kalender: Esri, Sted er ikke angitt, 10. juni 2024', {}],
    ['en-US', '10am to 1pm, Controllers, Calendar: Esri, No location, June 10, 2024', {}],
    ['en-AU', '10am to 1pm, Controllers, Calendar: Esri, No location, 10 June 2024', {}],
  ];
  for (const [lang, line] of cases) {
    it(lang, () => {
      expect(parseChipText(line, { lang })).toMatchObject({
        kind: 'timed',
        start: at(10),
        end: at(13),
        title: 'Controllers',
        calendarName: 'Esri',
      });
    });
  }
  it('reads an unknown language only where no other reading is possible', () => {
    const english = '10am to 1pm, Controllers, Calendar: Esri, No location, June 10, 2024';
    expect(parseChipText(english, { lang: 'xx' })).toMatchObject({ start: at(10), end: at(13) });
    expect(parseChipText(english)).toMatchObject({ start: at(10), end: at(13) });
    // Afrikaans 12-hour text read as if it were 24-hour would be 7:30 in the morning.
    const afrikaans = '7:30 nm. tot 8:15 nm., Talk, Max, Geen ligging nie, 10 Junie 2024';
    expect(parseChipText(afrikaans, { lang: 'xx' })).toBeNull();
    expect(parseChipText(afrikaans, { lang: 'af' })).toMatchObject({ start: at(19, 30) });
    expect(
      parseChipText('午後7:30～午後8:15、「Talk」、カレンダー: Esri', { lang: 'xx' }),
    ).toBeNull();
  });
});

describe('parseChipText, RSVP words of other languages', () => {
  const ja = (rsvp: string, title = 'Controllers') =>
    parseChipText(
      `午前10時～午後1時、「${title}」、Max Patiiuk、${rsvp}場所の指定なし、2024年 6月 10日`,
      {
        lang: 'ja',
      },
    );
  it('reads the Japanese words as whole fields (google-calendar-dom.md)', () => {
    expect(ja('承諾、')).toMatchObject({ rsvp: 'accepted', start: at(10), end: at(13) });
    expect(ja('辞退、')?.rsvp).toBe('declined');
    expect(ja('未定、')?.rsvp).toBe('tentative');
    expect(ja('出欠確認が必要、')?.rsvp).toBe('needs-rsvp');
    expect(ja('')?.rsvp).toBeUndefined();
    expect(ja('', '辞退')).toMatchObject({ title: '辞退' });
    expect(ja('', '辞退')?.rsvp).toBeUndefined();
  });
  it('reads the Afrikaans accepted field', () => {
    const line =
      '09 Junie 2024 om 22:15 tot 10 Junie 2024 om 06:30, Sleep, Kalendar: Critical, Is aanvaar, Geen ligging nie, Kleur: Potloodgrys, ';
    expect(parseChipText(line, { lang: 'af' })).toMatchObject({
      rsvp: 'accepted',
      calendarName: 'Critical',
      colorName: 'Potloodgrys',
    });
  });
  it('never guesses an RSVP in a language without a table', () => {
    const line = '10:00 bis 13:00, Abgelehnt, Kalender: Esri, Abgelehnt, Kein Ort, 10. Juni 2024';
    expect(parseChipText(line, { lang: 'de' })?.rsvp).toBeUndefined();
  });
});

describe('parseChipText, other details', () => {
  it('keeps the page digits in titles and names while reading times from any digits', () => {
    const line = '१०:०० देखि १३:००, बैठक १२, पात्रो: टोली २, कुनै पनि स्थान छैन, २०२४ जुन १०';
    for (const visibleTitle of [undefined, 'बैठक १२']) {
      expect(parseChipText(line, { lang: 'ne', visibleTitle })).toMatchObject({
        start: at(10),
        end: at(13),
        title: 'बैठक १२',
        calendarName: 'टोली २',
      });
    }
  });
  it('falls back on the visible time label when the hidden text cannot be read', () => {
    const hidden = '10:00 bis 13:00, Controllers, Kalender: Esri, Kein Ort, 10. Juni 2024';
    const hints = { lang: 'xx', visibleTitle: 'Controllers', visibleTime: '10:00 – 13:00' };
    expect(parseChipText(hidden, hints)).toMatchObject({
      start: at(10),
      end: at(13),
      title: 'Controllers',
    });
    // Without it, an unknown language's hidden text is not guessed at.
    expect(parseChipText(hidden, { lang: 'xx', visibleTitle: 'Controllers' })).toBeNull();
    // A label with the start only (short chips) is no range.
    expect(parseChipText(hidden, { ...hints, visibleTime: '10:00' })).toBeNull();
  });
  it('reads the dropped marker of visible labels in marker-first languages', () => {
    const hidden =
      '上午8:15至上午9:30，meet: Fred: map components，日历：Esri，没有位置信息，2024年6月11日';
    expect(
      parseChipText(hidden.replace('上午8:15至上午9:30', '???'), {
        lang: 'zh-CN',
        visibleTitle: 'meet: Fred: map components',
        visibleTime: '上午8:15 - 9:30',
      }),
    ).toMatchObject({ start: at(8, 15), end: at(9, 30) });
  });
});
