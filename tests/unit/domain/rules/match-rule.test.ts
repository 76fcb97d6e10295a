import { describe, expect, test } from 'vitest';
import { matchCondition, type RuleInput } from '@/utils/domain/rules/match-rule';

const ev = (over: Partial<RuleInput> = {}): RuleInput => ({ title: 'Team sync', ...over });

describe('rule conditions', () => {
  test('keywords: whole word, any case, the matched keyword in the reason', () => {
    const when = { type: 'keywords' as const, keywords: ['offsite', 'retro'] };
    expect(matchCondition(when, ev({ title: 'Sprint RETRO' }))).toBe("keyword 'retro'");
    expect(matchCondition(when, ev({ title: 'Retrospective' }))).toBeNull();
  });

  test('regex: case-insensitive unless asked, shown as written', () => {
    expect(matchCondition({ type: 'regex', pattern: '^1:1' }, ev({ title: '1:1 Sam' }))).toBe(
      'title matches /^1:1/i',
    );
    const strict = { type: 'regex' as const, pattern: 'OKR', caseSensitive: true };
    expect(matchCondition(strict, ev({ title: 'okr review' }))).toBeNull();
    expect(matchCondition(strict, ev({ title: 'OKR review' }))).toBe('title matches /OKR/');
  });

  test('regex: an invalid pattern never matches and never throws', () => {
    expect(matchCondition({ type: 'regex', pattern: '[a-' }, ev())).toBeNull();
    expect(matchCondition({ type: 'regex', pattern: '(?<=' }, ev())).toBeNull();
  });

  test('calendar: by name or id, any case', () => {
    const when = { type: 'calendar' as const, calendar: 'work ' };
    expect(matchCondition(when, ev({ calendarName: 'Work' }))).toBe("calendar 'work'");
    expect(
      matchCondition(
        { type: 'calendar', calendar: 'team@group.calendar.google.com' },
        ev({ calendarId: 'team@group.calendar.google.com' }),
      ),
    ).not.toBeNull();
    expect(matchCondition(when, ev({ calendarName: 'Workshop' }))).toBeNull();
    expect(matchCondition(when, ev())).toBeNull();
  });

  test('colour: by name or CSS value', () => {
    expect(
      matchCondition({ type: 'color', color: 'graphite' }, ev({ colorName: 'Graphite' })),
    ).toBe("colour 'graphite'");
    expect(
      matchCondition({ type: 'color', color: 'rgb(3,155,229)' }, ev({ color: 'rgb(3, 155, 229)' })),
    ).not.toBeNull();
    expect(matchCondition({ type: 'color', color: 'Tomato' }, ev())).toBeNull();
  });

  test('has guests / solo; unknown never matches', () => {
    expect(matchCondition({ type: 'guests', hasGuests: true }, ev({ hasGuests: true }))).toBe(
      'has guests',
    );
    expect(matchCondition({ type: 'guests', hasGuests: false }, ev({ hasGuests: false }))).toBe(
      'solo',
    );
    expect(matchCondition({ type: 'guests', hasGuests: false }, ev({ hasGuests: true }))).toBe(
      null,
    );
    expect(matchCondition({ type: 'guests', hasGuests: false }, ev())).toBeNull();
  });

  test('a time block; events read before time blocks existed are not one', () => {
    expect(matchCondition({ type: 'timeBlock' }, ev({ timeBlock: true }))).toBe('time block');
    expect(matchCondition({ type: 'timeBlock' }, ev())).toBeNull();
  });
});
