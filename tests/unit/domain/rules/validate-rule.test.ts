import { describe, expect, test } from 'vitest';
import { normaliseRule, parseRules, ruleError } from '@/utils/domain/rules/validate-rule';
import type { Rule } from '@/utils/domain/rules/types';

const regex = (pattern: string): Rule => ({
  id: 'r',
  when: { type: 'regex', pattern },
  category: 'innovation',
});

describe('rule validation', () => {
  test.each(['(unclosed', '[a-', '*', 'a{2,1}'])('%s is refused with a clear message', (p) => {
    expect(ruleError(regex(p))).toMatch(/^Not a valid regular expression: /);
  });

  test('an empty or overlong pattern is refused', () => {
    expect(ruleError(regex('  '))).toBe('The pattern is empty.');
    expect(ruleError(regex('a'.repeat(201)))).toMatch(/longer than 200/);
  });

  test('a valid rule passes', () => {
    expect(ruleError(regex('^(okr|kpi)\\b'))).toBeNull();
    expect(
      ruleError({ id: 'g', when: { type: 'guests', hasGuests: false }, category: 'excluded' }),
    ).toBeNull();
    const block: Rule = { id: 't', when: { type: 'timeBlock' }, category: 'innovation' };
    expect(ruleError(block)).toBeNull();
    expect(parseRules([block])).toEqual([block]);
    // Stray fields from elsewhere are not stored.
    expect(normaliseRule({ ...block, when: { type: 'timeBlock', x: 1 } as never }).when).toEqual({
      type: 'timeBlock',
    });
  });

  test('keyword rules need a keyword; blanks are trimmed away', () => {
    const r: Rule = {
      id: 'k',
      when: { type: 'keywords', keywords: [' ', ''] },
      category: 'execution',
    };
    expect(ruleError(r)).toBe('Enter at least one keyword.');
    expect(
      normaliseRule({ ...r, when: { type: 'keywords', keywords: [' okr ', '', 'kpi'] } }).when,
    ).toEqual({ type: 'keywords', keywords: ['okr', 'kpi'] });
  });

  test('stored rules are checked, not trusted', () => {
    const good = regex('x');
    expect(
      parseRules([
        good,
        null,
        { id: 1, when: { type: 'regex', pattern: 'x' }, category: 'innovation' },
        { id: 'y', when: { type: 'moon' }, category: 'innovation' },
        { id: 'z', when: { type: 'regex', pattern: 'x' }, category: 'fun' },
      ]),
    ).toEqual([good]);
    expect(parseRules('nope')).toEqual([]);
  });
});
