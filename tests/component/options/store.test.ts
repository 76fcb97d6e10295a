import { expect, test } from 'vitest';
import { createOptionsStore, type OptionsEffects } from '@/components/options/store';
import type { Rule } from '@/utils/domain/rules/types';

function setup() {
  const saved = { rules: [] as Rule[], keywords: ['prototype'] };
  let changed = () => {};
  const fx: OptionsEffects = {
    loadRules: async () => saved.rules,
    saveRules: async (r) => void (saved.rules = r),
    loadKeywords: async () => saved.keywords,
    saveKeywords: async (k) => void (saved.keywords = k),
    watch: (onChange) => ((changed = onChange), () => undefined),
  };
  const store = createOptionsStore(fx);
  store.watch();
  return { store, saved, storageChanged: () => changed() };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

test('our own save keeps its status line when storage reports the change back', async () => {
  const { store, storageChanged } = setup();
  await store.load();
  await store.addRule({ when: { type: 'keywords', keywords: ['okr'] }, category: 'execution' });
  storageChanged();
  await flush();
  expect(store.get().notice).toEqual({ key: 'options_rule_added' });
});

test('a change made elsewhere (a restore) drops the last status line', async () => {
  const { store, saved, storageChanged } = setup();
  await store.load();
  await store.addRule({ when: { type: 'keywords', keywords: ['okr'] }, category: 'execution' });
  saved.rules = [];
  storageChanged();
  await flush();
  expect(store.get().rules).toEqual([]);
  expect(store.get().notice).toBeUndefined();
});
