import { describe, expect, test } from 'vitest';
import { classify } from '@/utils/classify/classify';
import { findKeyword } from '@/utils/classify/default-keywords';
import { DEFAULT_INNOVATION_KEYWORDS } from '@/utils/classify/default-keywords';

const timed = (title: string) => classify({ kind: 'timed', title });

describe('built-in defaults', () => {
  test.each([
    ['Prototype review', "keyword 'prototype'"],
    ['Q3 STRATEGY offsite', "keyword 'strategy'"],
    ['R&D sync', "keyword 'R&D'"],
    ['Think  time', "keyword 'think time'"],
    ['Hackathon!', "keyword 'hackathon'"],
  ])('%s is innovation with its reason', (title, reason) => {
    expect(timed(title)).toEqual({
      category: 'innovation',
      source: 'default',
      reason,
    });
  });

  test.each(['Researcher interviews', 'Visionary talk', 'Team sync', '1:1 with Sam', 'RnD'])(
    '%s is execution (whole words only)',
    (title) => expect(timed(title).category).toBe('execution'),
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
});
