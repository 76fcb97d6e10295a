import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChipText } from '../../../utils/gcal/chip-text';
import type { ChipText, ChipTextHints } from '../../../utils/gcal/chip-text';

// Real hidden texts (calendar-plus corpus and google-calendar-dom.md), one or
// more per script and clock shape, with the times they hold.
const LINES: [lang: string, hidden: string, start: number, end: number][] = [
  ['en', '10am to 1pm, Controllers, Calendar: Esri, No location, June 10, 2024', 600, 780],
  [
    'en',
    '10:45am to 12:45pm, Meeting with Steve, Calendar: Chore, No location, June 15, 2024',
    645,
    765,
  ],
  [
    'en',
    'June 9, 2024 at 10:15pm to June 10, 2024 at 6:30am, Sleep, Calendar: Critical, No location, Color: Graphite, ',
    1335,
    390,
  ],
  ['en-GB', '12:45 to 13:00, Talking to Mom, Calendar: Chore, No location, 15 June 2024', 765, 780],
  [
    'de',
    '9. Juni 2024 um 10:15PM bis 10. Juni 2024 um 6:30AM, Sleep, Kalender: Critical, Kein Ort, Farbe: Grafit, ',
    1335,
    390,
  ],
  [
    'fr',
    'de 10:45am à 1:30pm, Controllers, Agenda\u00a0: Esri, Aucun lieu, 12 juin 2024',
    645,
    810,
  ],
  ['id', '10.45 sampai 13.30, Controllers, Kalender: Esri, Tak ada lokasi, 12 Juni 2024', 645, 810],
  [
    'ja',
    '午前10:45～午後1:30、「Controllers」、カレンダー: Esri、場所の指定なし、2024年 6月 12日',
    645,
    810,
  ],
  [
    'ja',
    '午前10時～午後1時、「Controllers」、カレンダー: Esri、場所の指定なし、2024年 6月 10日',
    600,
    780,
  ],
  ['ko', '오전 10:45~오후 1:30, Controllers, 캘린더: Esri, 위치 없음, 2024년 6월 12일', 645, 810],
  ['zh-CN', '上午10点至下午1点，Controllers，日历：Esri，没有位置信息，2024年6月10日', 600, 780],
  ['ar', '10:45 ص إلى 1:30 م، Controllers، التقويم: Esri، ليس هناك موقع، 12 يونيو 2024', 645, 810],
  [
    'ne',
    '१०:४५ पूर्वाह्न देखि १:३० अपराह्न, Controllers, पात्रो: Esri, कुनै पनि स्थान छैन, २०२४ जुन १२',
    645,
    810,
  ],
  ['my', 'နံနက် ၁၀:၄၅ မှ ညနေ ၁:၃၀၊ Controllers၊ ပြက္ခဒိန်- Esri၊ နေရာ ထည့်မထားပါ၊ ၂၀၂၄၊ ဇွန် ၁၂', 645, 810],
  [
    'si',
    'පෙ.ව. 10.45 සිට ප.ව. 1.30 දක්වා, Controllers, දින දර්ශනය: Esri, ස්ථානයක් නැත, 2024 ජූනි 12',
    645,
    810,
  ],
  [
    'mn',
    '10:45 ү.ө.-с 1:30 ү.х., Controllers, Календарь: Esri, Байршилгүй, 2024 оны зургаадугаар сарын 12',
    645,
    810,
  ],
  ['lo', '10:45 ກ່ອນທ່ຽງ ຫາ 1:30 ຫຼັງທ່ຽງ, Controllers, ປະຕິທິນ: Esri, ບໍ່ມີສະຖານທີ່, 12 ມິຖຸນາ 2024', 645, 810],
  [
    'bn',
    '৯ জুন, ২০২৪ ১০:১৫ PM থেকে ১০ জুন, ২০২৪ ৬:৩০ AM পর্যন্ত, Sleep, ক্যালেন্ডার: Critical, কোনও লোকেশন নেই, রঙ: গ্রাফাইট, ',
    1335,
    390,
  ],
  [
    'vi',
    'Từ 10:15PM 9 tháng 6, 2024 đến 06:30AM 10 tháng 6, 2024, Sleep, Lịch: Critical, Không có vị trí nào, Màu: Màu khói, ',
    1335,
    390,
  ],
];

const minutes = (t: { h: number; m: number } | undefined) => (t ? t.h * 60 + t.m : -1);

function wellFormed(r: ChipText | null): boolean {
  if (r === null) return true;
  if (typeof r.title !== 'string') return false;
  for (const t of [r.start, r.end]) {
    if (t && !(Number.isInteger(t.h) && t.h >= 0 && t.h <= 23 && t.m >= 0 && t.m <= 59))
      return false;
  }
  return r.kind !== 'timed' || (r.start !== undefined && r.end !== undefined);
}

const langs = fc.constantFrom(
  undefined,
  'en',
  'en-GB',
  'de',
  'ja',
  'ko',
  'ar',
  'my',
  'si',
  'zh-TW',
  'xx',
  '',
);
const hints: fc.Arbitrary<ChipTextHints | undefined> = fc.option(
  fc.record(
    {
      lang: langs,
      visibleTitle: fc.option(fc.string(), { nil: undefined }),
      visibleTime: fc.option(fc.string(), { nil: undefined }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('parseChipText properties', () => {
  it('never throws and returns well-formed results on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), hints, (s, h) => {
        expect(wellFormed(parseChipText(s, h))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on time-shaped noise', () => {
    const piece = fc.constantFrom(
      '10',
      ':',
      '.',
      '00',
      ' ',
      ', ',
      '、',
      '，',
      'am',
      'pm',
      'to',
      '–',
      '-',
      '～',
      '午前',
      '오후',
      '上午',
      '۱۰',
      '१०',
      '၁၀',
      'ص',
      'م',
      'Calendar: ',
      'No location',
      'All day',
      'task: ',
      '「',
      '」',
      '\u200f',
      '2024',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), hints, (parts, h) => {
        expect(wellFormed(parseChipText(parts.join(''), h))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a cut-off real line as nothing or as the right times, never as other times', () => {
    const line = fc.constantFrom(...LINES);
    fc.assert(
      fc.property(line, fc.nat(), fc.boolean(), ([lang, hidden, start, end], cut, withTitle) => {
        const text = hidden.slice(0, cut % (hidden.length + 1));
        const r = parseChipText(text, withTitle ? { lang, visibleTitle: 'Controllers' } : { lang });
        if (r?.start) {
          expect([minutes(r.start), minutes(r.end)]).toEqual([start, end]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every whole line exactly, cut at each length', () => {
    for (const [lang, hidden, start, end] of LINES) {
      expect([
        minutes(parseChipText(hidden, { lang })?.start),
        minutes(parseChipText(hidden, { lang })?.end),
      ]).toEqual([start, end]);
      for (let cut = 0; cut < hidden.length; cut++) {
        const r = parseChipText(hidden.slice(0, cut), { lang });
        if (r?.start) expect([cut, minutes(r.start), minutes(r.end)]).toEqual([cut, start, end]);
      }
    }
  });

  it('reads generated English chips: any times, titles with commas, digits and clock words', () => {
    const word = fc.constantFrom(
      'Sync',
      '1:1',
      'with',
      'Sam',
      '3pm',
      '10:00',
      'to',
      'Q3',
      'review',
      '2024',
      'Accepted',
      'at',
      '(draft)',
    );
    const title = fc
      .array(
        fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
        { minLength: 1, maxLength: 3 },
      )
      .map((parts) => parts.join(', '));
    const clock = (h: number, m: number, h12: boolean, marker: boolean) => {
      if (!h12) return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      const base = `${h % 12 === 0 ? 12 : h % 12}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
      return marker ? `${base}${h < 12 ? 'am' : 'pm'}` : base;
    };
    const time = fc.record({
      h: fc.integer({ min: 0, max: 23 }),
      m: fc.constantFrom(0, 5, 15, 30, 45, 59),
    });
    const rsvp = fc.constantFrom('', 'Accepted, ', 'Declined, ', 'Needs RSVP, ', 'Maybe, ');
    fc.assert(
      fc.property(
        time,
        time,
        fc.boolean(),
        title,
        rsvp,
        fc.boolean(),
        (a, b, h12, t, reply, useVisible) => {
          // Calendar drops the start's marker only when both halves share it.
          const drop = h12 && a.h < 12 === b.h < 12;
          const when = `${clock(a.h, a.m, h12, !drop)} to ${clock(b.h, b.m, h12, true)}`;
          const line = `${when}, ${t}, Sam Lee, ${reply}No location, June 2, 2026`;
          const r = parseChipText(line, { lang: 'en', visibleTitle: useVisible ? t : undefined });
          expect(r).toMatchObject({ kind: 'timed', start: a, end: b, title: t });
          expect(r?.rsvp).toBe(
            {
              '': undefined,
              'Accepted, ': 'accepted',
              'Declined, ': 'declined',
              'Needs RSVP, ': 'needs-rsvp',
              'Maybe, ': 'tentative',
            }[reply],
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
