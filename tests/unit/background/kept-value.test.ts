import { expect, test } from 'vitest';
import { keptValue } from '@/utils/background/kept-value';
import { getRules } from '@/utils/domain/rules/get-rules';
import { rulesItem } from '@/utils/domain/settings/settings';

const rule = (id: string) => ({
  id,
  category: 'innovation' as const,
  when: { type: 'keywords' as const, keywords: [id] },
});

test('a kept value is read once, then again only after storage says it changed', async () => {
  let reads = 0;
  const kept = keptValue(
    () => {
      reads++;
      return getRules();
    },
    (changed) => rulesItem.watch(changed),
  );
  expect(await kept.get()).toEqual([]);
  expect(await kept.get()).toEqual([]);
  expect(reads).toBe(1);

  await rulesItem.setValue([rule('lab')]);
  await new Promise((r) => setTimeout(r, 0)); // the change event
  expect((await kept.get()).map((r) => r.id)).toEqual(['lab']);
  expect(reads).toBe(2);
  kept.stop();
});

test('a failed read is not kept', async () => {
  let fail = true;
  const kept = keptValue(
    () => (fail ? Promise.reject(new Error('storage is gone')) : Promise.resolve(7)),
    () => () => undefined,
  );
  await expect(kept.get()).rejects.toThrow('storage is gone');
  fail = false;
  expect(await kept.get()).toBe(7);
});
