import { describe, expect, it } from 'vitest';
import { parseChipText } from '../../../utils/gcal/chip-text';
import type { ChipText } from '../../../utils/gcal/chip-text';
import { htmlLang, readCorpus } from './corpus';

const at = (h: number, m = 0) => ({ h, m });

describe('parseChipText, English examples from google-calendar-dom.md', () => {
  const cases: [string, Partial<ChipText>][] = [
    [
      '8pm to 9pm, Dinner prep, Alex Morgan, No location, November 30, 2025',
      { kind: 'timed', start: at(20), end: at(21), title: 'Dinner prep' },
    ],
    [
      '2pm to 3pm, Budget call, Calendar: Work, No location, December 14, 2025',
      { kind: 'timed', start: at(14), end: at(15), title: 'Budget call', calendarName: 'Work' },
    ],
    [
      '12pm to 12:30pm, Planning Review: Roadmap, Tooling, Access, Pricing, Time , Sample User, Accepted, Location: Conference Room A, June 2, 2026',
      {
        kind: 'timed',
        start: at(12),
        end: at(12, 30),
        title: 'Planning Review: Roadmap, Tooling, Access, Pricing, Time',
        rsvp: 'accepted',
      },
    ],
    [
      'All day, Media Day (headshots only), Sam Lee, Needs RSVP, No location, March 9, 2026',
      { kind: 'allday', title: 'Media Day (headshots only)', rsvp: 'needs-rsvp' },
    ],
    [
      'All day, Partner interviews, Sam Lee, Needs RSVP, No location, March 10 – 11, 2026',
      { kind: 'allday', title: 'Partner interviews', rsvp: 'needs-rsvp' },
    ],
    [
      'All day, Christmas Eve, Calendar: Holidays in Czechia, December 24, 2025',
      { kind: 'allday', title: 'Christmas Eve', calendarName: 'Holidays in Czechia' },
    ],
    [
      'Working location: Home, Kim Park, March 9 – 13, 2026',
      { kind: 'working-location', title: 'Home' },
    ],
    [
      'June 9, 2024 at 22:15 to June 10, 2024 at 06:30, Sleep, Calendar: Critical, No location, Color: Graphite,',
      {
        kind: 'timed',
        start: at(22, 15),
        end: at(6, 30),
        title: 'Sleep',
        calendarName: 'Critical',
        colorName: 'Graphite',
      },
    ],
    [
      '10:00 to 13:00, Controllers, Calendar: Esri, No location, June 10, 2024',
      { kind: 'timed', start: at(10), end: at(13), title: 'Controllers', calendarName: 'Esri' },
    ],
    [
      '10am to 1pm, Controllers, Calendar: Esri, No location, 10 June 2024',
      { kind: 'timed', start: at(10), end: at(13), title: 'Controllers' },
    ],
    ['task: 1, Not completed, December 16, 2025, 1pm', { kind: 'task', title: '1' }],
    [
      '10:30am to 12pm, Team Sync, Sample User, Declined, No location, Color: Team Meetings, June 2, 2026',
      {
        kind: 'timed',
        start: at(10, 30),
        end: at(12),
        title: 'Team Sync',
        rsvp: 'declined',
        colorName: 'Team Meetings',
      },
    ],
  ];
  for (const [line, want] of cases) {
    it(line, () => {
      expect(parseChipText(line, { lang: 'en' })).toMatchObject(want);
      // Same answer when the visible title is known.
      if (want.title) {
        expect(parseChipText(line, { lang: 'en', visibleTitle: want.title })).toMatchObject(want);
      }
    });
  }
  it('has no start or end outside timed chips, and no rsvp unless a field says so', () => {
    const allDay = parseChipText(
      'All day, Christmas Eve, Calendar: Holidays in Czechia, December 24, 2025',
    );
    expect(allDay?.start).toBeUndefined();
    expect(allDay?.rsvp).toBeUndefined();
  });
});

describe('parseChipText, English clock rules', () => {
  const read = (s: string, visibleTitle?: string) => parseChipText(s, { lang: 'en', visibleTitle });
  it('drops the first am/pm when both match', () => {
    expect(read('1 to 2pm, Sync, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(13),
      end: at(14),
    });
    expect(read('9 to 10:30am, Sync, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(9),
      end: at(10, 30),
    });
    expect(read('1:30 to 2pm, Sync, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(13, 30),
      end: at(14),
    });
  });
  it('reads 12am as midnight and 12pm as noon', () => {
    expect(read('12am to 1am, Late, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(0),
      end: at(1),
    });
    expect(read('11:30am to 12pm, Lunch, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(11, 30),
      end: at(12),
    });
    expect(read('11pm to 12am, Late, Sam Lee, No location, June 2, 2026')).toMatchObject({
      start: at(23),
      end: at(0),
    });
  });
  it('returns the clock times of an overnight event as they are', () => {
    expect(
      read(
        'June 11, 2024 at 10:30pm to June 12, 2024 at 6:30am, Sleep, Calendar: Critical, No location, ',
      ),
    ).toMatchObject({
      start: at(22, 30),
      end: at(6, 30),
      title: 'Sleep',
      startDate: { y: 2024, m: 6, d: 11 },
      endDate: { y: 2024, m: 6, d: 12 },
    });
    expect(
      read('10 December 2025 at 11pm to 12 December 2025 at 1am, Trip, Sam Lee, No location, '),
    ).toMatchObject({
      start: at(23),
      end: at(1),
      startDate: { y: 2025, m: 12, d: 10 },
      endDate: { y: 2025, m: 12, d: 12 },
    });
    // Dates only come from that form: a one-day chip's trailing date is the caller's business.
    expect(read('1 to 2pm, Sync, Sam Lee, No location, June 2, 2026')?.startDate).toBeUndefined();
  });
  it('normalises "No title" to an empty title', () => {
    const line = '3pm to 4pm, No title, Sam Lee, No location, June 2, 2026';
    expect(read(line)).toMatchObject({ title: '', start: at(15) });
    expect(read(line, '(No title)')).toMatchObject({ title: '', start: at(15) });
  });
  it('reads every RSVP word as its own field only', () => {
    const rsvp = (word: string) =>
      read(`3pm to 4pm, Review, Sam Lee, ${word}, No location, June 2, 2026`)?.rsvp;
    expect(rsvp('Accepted')).toBe('accepted');
    expect(rsvp('Declined')).toBe('declined');
    expect(rsvp('Needs RSVP')).toBe('needs-rsvp');
    expect(rsvp('Tentative')).toBe('tentative');
    expect(rsvp('Maybe')).toBe('tentative');
    expect(
      read('3pm to 4pm, Declined offers review, Sam Lee, No location, June 2, 2026')?.rsvp,
    ).toBeUndefined();
    expect(
      read('3pm to 4pm, Declined, Sam Lee, No location, June 2, 2026', 'Declined'),
    ).toMatchObject({
      title: 'Declined',
    });
    expect(
      read('3pm to 4pm, Declined, Sam Lee, No location, June 2, 2026', 'Declined')?.rsvp,
    ).toBeUndefined();
  });
  it('never reads times from the title', () => {
    const line = '1 to 2pm, 1:1 with Sam, 3pm to 4pm, Sam Lee, Accepted, No location, June 2, 2026';
    for (const r of [read(line), read(line, '1:1 with Sam, 3pm to 4pm')]) {
      expect(r).toMatchObject({ start: at(13), end: at(14), rsvp: 'accepted' });
    }
    expect(read(line, '1:1 with Sam, 3pm to 4pm')?.title).toBe('1:1 with Sam, 3pm to 4pm');
    expect(read('2pm to 3pm, 2pm, Sam Lee, No location, June 2, 2026', '2pm')).toMatchObject({
      title: '2pm',
      start: at(14),
      end: at(15),
    });
  });
  it('returns null when the timing cannot be read', () => {
    expect(read('')).toBeNull();
    expect(read('Sometime, Sync, Sam Lee, No location, June 2, 2026')).toBeNull();
    expect(read('25:00 to 26:00, Sync, Sam Lee, No location, June 2, 2026')).toBeNull();
    expect(read('13pm to 2pm, Sync, Sam Lee, No location, June 2, 2026')).toBeNull();
    expect(read('2pm, Sync, Sam Lee, No location, June 2, 2026')).toBeNull();
  });
});

const hours = (t: { h: number; m: number } | undefined) => (t ? t.h + t.m / 60 : NaN);

describe('parseChipText, English lines of the calendar-plus corpus', () => {
  const samples = readCorpus().samples.filter((s) => s.lang === 'en' || s.lang === 'en_GB');
  it('has every English event, in both clocks', () => expect(samples).toHaveLength(2 * 18 * 2));
  for (const { want, lang, hidden, visibleTime } of samples) {
    it(`${lang}: ${hidden}`, () => {
      for (const hints of [
        { lang: htmlLang(lang) },
        { lang: htmlLang(lang), visibleTitle: want.summary, visibleTime },
      ]) {
        const r = parseChipText(hidden, hints);
        expect(r?.kind).toBe('timed');
        expect(r?.title).toBe(want.summary);
        // An overnight chip is clipped to its day column: only the side inside it is known.
        if (!want.touchesTop) expect(hours(r?.start)).toBeCloseTo(want.startTime, 5);
        if (!want.touchesBottom) expect(hours(r?.end)).toBeCloseTo(want.endTime, 5);
        if (want.touchesTop || want.touchesBottom)
          expect(hours(r?.end)).toBeLessThan(hours(r?.start));
      }
    });
  }
});
