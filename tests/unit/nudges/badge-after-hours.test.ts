import { expect, test } from 'vitest';
import { badgeFor } from '@/utils/domain/badge';
import type { WeekCount } from '@/utils/domain/week/count-week';
import { setupBackground } from '../background-setup';
import { at, ev, snapshot } from './helpers';

const count = (innovationMin: number, afterHoursInnovationMin: number): WeekCount => ({
  executionMin: 600,
  innovationMin,
  afterHoursInnovationMin,
  overlappedInnovationMin: 0,
  days: [],
});
const title = (c: WeekCount) =>
  badgeFor({ count: c, targetPercent: 20, daysSeen: 7, openOverrides: 0 }).title;

test('the badge title mentions after-hours innovation above a third of the week’s, not below', () => {
  expect(title(count(180, 61))).toContain('; 1 h of innovation after hours; 7 of 7 days seen');
  expect(title(count(180, 60))).not.toContain('after hours');
  expect(title(count(180, 0))).not.toContain('after hours');
});

test('measured against working hours: a Sunday evening block is after hours', async () => {
  const { bg, sink } = setupBackground({ now: at(24, 10) });
  const events = [
    ev('o', 'Ops review', 24, 9, 12),
    ev('t', 'Think time', 25, 10, 11),
    ev('v', 'Vision memo draft', 29, 20, 22),
  ];
  await bg.applySnapshot(snapshot(events), {});
  expect(sink.title).toContain('2 h of innovation after hours');
});
