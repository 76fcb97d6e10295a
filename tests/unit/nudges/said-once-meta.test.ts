import { expect, test } from 'vitest';
import { checkMeta } from '@/utils/domain/backup/check-records';
import { getMeta, setMeta } from '@/utils/domain/db/meta';
import { openPolarityDb } from '@/utils/domain/db/schema';

// The week-ahead nudges remember what they said in `meta`. A key the reader
// does not know is dropped on read, and then the nudge was said again on
// every run (found by tests/e2e/week-ahead-nudges.e2e.test.ts).
const WEEK = new Date(2026, 10, 30).getTime();

test.each(['nudge:streak:0', 'nudge:after-hours:3'])('%s is read back as written', async (key) => {
  const db = await openPolarityDb(`said-once-${key}`);
  await setMeta(db, key, WEEK);
  expect(await getMeta(db, key)).toBe(WEEK);
  // Held for working hours: 0, not a week.
  await setMeta(db, key, 0);
  expect(await getMeta(db, key)).toBe(0);
});

test('kept in a backup, checked like the other nudge marks', () => {
  expect(checkMeta({ key: 'nudge:streak:1', value: WEEK }, 'meta[0]')).toEqual({
    key: 'nudge:streak:1',
    value: WEEK,
  });
  expect(() => checkMeta({ key: 'nudge:after-hours:0', value: 'soon' }, 'meta[1]')).toThrow(
    /meta\[1\]\.value/,
  );
});
