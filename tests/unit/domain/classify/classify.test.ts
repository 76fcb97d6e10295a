import { describe, expect, test } from 'vitest';
import { classify, type ClassifyContext } from '@/utils/domain/classify/classify';
import { DEFAULT_INNOVATION_KEYWORDS, findKeyword } from '@/utils/domain/classify/default-keywords';
import type { Rule } from '@/utils/domain/rules/types';
import type { Category } from '@/utils/shared/types';

const timed = (title: string) => classify({ kind: 'timed', title });

describe('built-in defaults', () => {
  test.each([
    ['Prototype review', "Auto: keyword 'prototype'"],
    ['Q3 STRATEGY offsite', "Auto: keyword 'strategy'"],
    ['R&D sync', "Auto: keyword 'R&D'"],
    ['Think  time', "Auto: keyword 'think time'"],
    ['Hackathon!', "Auto: keyword 'hackathon'"],
  ])('%s is innovation with its reason', (title, reason) => {
    expect(timed(title)).toMatchObject({ category: 'innovation', source: 'default', reason });
  });

  test.each(['Researcher interviews', 'Visionary talk', 'Team sync', '1:1 with Sam', 'RnD'])(
    '%s is execution (whole words only)',
    (title) =>
      expect(timed(title)).toMatchObject({
        category: 'execution',
        source: 'default',
        reason: 'Auto: no innovation keyword',
      }),
  );

  test.each([
    'allday',
    'task',
    'working-location',
    'out-of-office',
    'holiday',
    'birthday',
  ] as const)('%s events are excluded whatever the title', (kind) =>
    expect(classify({ kind, title: 'Prototype' }).category).toBe('excluded'),
  );

  test('keywords match in any script case', () => {
    expect(findKeyword('ÉXPLORE ideas', ['explore'])).toBeUndefined();
    expect(findKeyword('Explore ideas', DEFAULT_INNOVATION_KEYWORDS)).toBe('explore');
  });

  test('the edited keyword list replaces the built-in one', () => {
    const ctx = { innovationKeywords: ['deep work'] };
    expect(classify({ kind: 'timed', title: 'Deep work' }, ctx).reason).toBe(
      "Auto: keyword 'deep work'",
    );
    expect(classify({ kind: 'timed', title: 'Prototype' }, ctx).category).toBe('execution');
  });
});

const rule = (id: string, when: Rule['when'], category: Category): Rule => ({
  id,
  when,
  category,
});

const tags = (event: [string, Category][], series: [string, Category][] = []) => ({
  event: new Map(event),
  series: new Map(series),
});

describe('precedence: event tag, series tag, rules in order, defaults', () => {
  const ev = {
    kind: 'timed' as const,
    title: 'Weekly OKR prototype review',
    id: 'abc_20261124T090000Z',
    seriesId: 'abc',
    calendarName: 'Work',
    hasGuests: true,
  };
  const rules = [
    rule('r1', { type: 'calendar', calendar: 'Personal' }, 'excluded'),
    rule('r2', { type: 'regex', pattern: 'okr' }, 'execution'),
    rule('r3', { type: 'guests', hasGuests: true }, 'excluded'),
  ];
  const base: ClassifyContext = { innovationKeywords: DEFAULT_INNOVATION_KEYWORDS };

  test('defaults when nothing else applies', () => {
    expect(classify(ev, base)).toMatchObject({ category: 'innovation', source: 'default' });
  });

  test('the first matching rule wins, and says which and why', () => {
    expect(classify(ev, { ...base, rules })).toMatchObject({
      category: 'execution',
      source: 'rule',
      reason: 'Rule 2: title matches /okr/i',
    });
  });

  test('a series tag beats every rule', () => {
    expect(classify(ev, { ...base, rules, tags: tags([], [['abc', 'innovation']]) })).toMatchObject(
      {
        category: 'innovation',
        source: 'series-tag',
        reason: 'Series tag',
      },
    );
  });

  test("the event's own tag beats its series tag", () => {
    const ctx = {
      ...base,
      rules,
      tags: tags([[ev.id, 'excluded']], [['abc', 'innovation']]),
    };
    expect(classify(ev, ctx)).toMatchObject({
      category: 'excluded',
      source: 'tag',
      reason: 'Tagged by you',
    });
  });

  test('a tag on another instance of the series does not leak', () => {
    const ctx = { ...base, tags: tags([['abc_20261201T090000Z', 'excluded']]) };
    expect(classify(ev, ctx).source).toBe('default');
  });

  test('all-day events stay excluded: they have no time to count', () => {
    const ctx = { ...base, tags: tags([[ev.id, 'innovation']]) };
    expect(classify({ ...ev, kind: 'allday' }, ctx)).toEqual({
      category: 'excluded',
      source: 'default',
      because: { key: 'reason_allday' },
      reason: 'Auto: all-day event',
    });
  });

  test('an invalid stored regex is skipped, never thrown', () => {
    const bad = [rule('x', { type: 'regex', pattern: '(unclosed' }, 'excluded'), ...rules];
    expect(() => classify(ev, { ...base, rules: bad })).not.toThrow();
    expect(classify(ev, { ...base, rules: bad }).reason).toBe('Rule 3: title matches /okr/i');
  });
});
