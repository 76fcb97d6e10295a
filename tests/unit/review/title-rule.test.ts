import { expect, test } from 'vitest';
import { groupEvents } from '@/components/review/group-events';
import { titlePattern, titleRuleIndex, withTitleRule } from '@/components/review/title-rule';
import { matchCondition } from '@/utils/domain/rules/match-rule';
import type { Rule } from '@/utils/domain/rules/types';
import { MAX_RULES } from '@/utils/domain/rules/validate-rule';
import { WEEK_EVENTS } from '../../component/review/fake-review';

test('a title rule matches that title only, any case, spaces around ignored, specials literal', () => {
  const when = { type: 'regex' as const, pattern: titlePattern('1:1 (Ana) + plan?') };
  expect(matchCondition(when, { title: '1:1 (ana) + PLAN? ' })).not.toBeNull();
  expect(matchCondition(when, { title: '1:1 (Ana) + plan? follow-up' })).toBeNull();
  expect(matchCondition(when, { title: '1:1 (Ana) + pla' })).toBeNull();
});

test('set, change and remove the rule of a title; others stay in their order', () => {
  const other: Rule = { id: 'o', when: { type: 'guests', hasGuests: true }, category: 'execution' };
  const added = withTitleRule([other], 'Standup', 'excluded', 'n1') as Rule[];
  expect(added.map((r) => r.id)).toEqual(['n1', 'o']);
  expect(titleRuleIndex(added, ' standup')).toBe(0);
  const changed = withTitleRule(added, 'STANDUP', 'innovation', 'n2') as Rule[];
  expect(changed).toEqual([{ ...added[0], category: 'innovation' }, other]);
  expect(withTitleRule(changed, 'Standup', null, 'n3')).toEqual([other]);
  expect(withTitleRule([other], 'Standup', null, 'n3')).toEqual([other]);
});

test('a title rule that cannot be saved says why', () => {
  const full = Array.from({ length: MAX_RULES }, (_, i): Rule => ({
    id: `r${i}`,
    when: { type: 'timeBlock' },
    category: 'execution',
  }));
  expect(withTitleRule(full, 'Standup', 'innovation', 'x')).toMatch(/At most 40 rules/);
  expect(withTitleRule([], 'x'.repeat(300), 'innovation', 'x')).toMatch(/longer than/);
});

test('groups: by title any case, series inside, most events first; the filter keeps defaults only', () => {
  const groups = groupEvents(WEEK_EVENTS);
  expect(groups.map((g) => [g.title, g.count, g.byDefault])).toEqual([
    ['Standup', 3, 3],
    ['Ops review', 1, 0],
    ['Vision <b>memo</b>', 1, 0],
  ]);
  expect(groups[0]!.series).toHaveLength(1);
  expect(groups[0]!.series[0]!.recurring).toBe(true);
  expect(groups[1]!.series[0]!.recurring).toBe(false);
  expect(groupEvents(WEEK_EVENTS, true).map((g) => g.title)).toEqual(['Standup']);
});
