import { describe, expect, test } from 'vitest';
import { splitPercent } from '@/utils/domain/week/count-week';
import { innovationGap, planWeek } from '@/utils/domain/week/plan';
import { WEEK, at, ev } from '../../nudges/helpers';

const inn = (id: string, d: number, h1: number, h2: number) => ({
  ...ev(id, 'Think time', d, h1, h2),
  category: 'innovation' as const,
});
const exe = (id: string, d: number, h1: number, h2: number) => ({
  ...ev(id, 'Ops review', d, h1, h2),
  category: 'execution' as const,
});

describe('the gap to the target', () => {
  test('the innovation hours to book so the week reaches the target', () => {
    // 32 h execution, 5 h innovation: 14 %. 20 % needs I/(E+I) ≥ 19.5 %.
    const gap = innovationGap({ executionMin: 32 * 60, innovationMin: 5 * 60 }, 20)!;
    expect(splitPercent({ executionMin: 32 * 60, innovationMin: 5 * 60 + gap })).toBe(20);
    expect(splitPercent({ executionMin: 32 * 60, innovationMin: 5 * 60 + gap - 1 })).toBe(19);
    expect(gap).toBe(166);
  });

  test('zero at or above the target, and for a week with nothing booked', () => {
    expect(innovationGap({ executionMin: 480, innovationMin: 120 }, 20)).toBe(0);
    expect(innovationGap({ executionMin: 0, innovationMin: 0 }, 20)).toBe(0);
    expect(innovationGap({ executionMin: 0, innovationMin: 60 }, 40)).toBe(0);
  });

  test('only execution: the gap is a quarter of it for 80/20, two thirds for 60/40', () => {
    const g20 = innovationGap({ executionMin: 1200, innovationMin: 0 }, 20)!;
    expect(splitPercent({ executionMin: 1200, innovationMin: g20 })).toBe(20);
    expect(Math.abs(g20 - 300)).toBeLessThan(10);
    const g40 = innovationGap({ executionMin: 1200, innovationMin: 0 }, 40)!;
    expect(splitPercent({ executionMin: 1200, innovationMin: g40 })).toBe(40);
    expect(splitPercent({ executionMin: 1200, innovationMin: g40 - 1 })).toBe(39);
  });

  test('out of reach only for a 100 % target with execution booked', () => {
    expect(innovationGap({ executionMin: 60, innovationMin: 0 }, 100)).toBeUndefined();
  });
});

describe('the planned week', () => {
  const events = [
    exe('a', 23, 9, 17), // Monday 8 h, done by Wednesday noon
    inn('b', 24, 9, 10), // Tuesday 1 h, done
    exe('c', 25, 11, 13), // Wednesday 11-13: half done at noon
    exe('d', 26, 9, 17), // Thursday 8 h, ahead
    inn('e', 27, 14, 15), // Friday 1 h, ahead
  ];

  test('so far and planned are told apart at now; the whole week counts as booked', () => {
    const plan = planWeek(events, WEEK, at(25, 12), 20);
    expect(plan.soFar).toEqual({ executionMin: 540, innovationMin: 60 });
    expect(plan.ahead).toEqual({ executionMin: 540, innovationMin: 60 });
    expect(plan.executionMin).toBe(1080);
    expect(plan.innovationMin).toBe(120);
    expect(plan.plannedPercent).toBe(10);
    expect(splitPercent({ executionMin: 1080, innovationMin: 120 + plan.gapMin! })).toBe(20);
  });

  test('a declined or excluded event is never planned', () => {
    const more = [
      ...events,
      { ...inn('f', 27, 9, 12), declined: true },
      { ...ev('g', 'Lunch', 26, 12, 13), category: 'excluded' as const },
    ];
    expect(planWeek(more, WEEK, at(25, 12), 20).innovationMin).toBe(120);
  });

  test('next week, seen from this one: everything is ahead', () => {
    const plan = planWeek(events, WEEK, at(20, 12), 10);
    expect(plan.soFar).toEqual({ executionMin: 0, innovationMin: 0 });
    expect(plan.gapMin).toBe(0);
  });
});
