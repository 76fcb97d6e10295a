// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { createLegendMount, type LegendMemory } from '@/utils/page/legend-mount';
import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { pageMessages, pageReader } from '@/utils/shared/i18n/page-strings';

// An English page's strings, as the background sends them.
const english = Promise.resolve({
  reader: pageReader({ locale: 'en', messages: pageMessages(CATALOGUES.en!) }, 'en'),
  dir: 'ltr' as const,
});

const ctx = () => {
  const cbs: (() => void)[] = [];
  return { onInvalidated: (cb: () => void) => cbs.push(cb), end: () => cbs.forEach((c) => c()) };
};

function memory(seen = false): LegendMemory & { remembered: number } {
  const m = {
    remembered: 0,
    seen: async () => seen || m.remembered > 0,
    remember: async () => void m.remembered++,
  };
  return m;
}

const legend = () => document.querySelector('polarity-legend')?.shadowRoot?.querySelector('aside');

afterEach(() => document.querySelectorAll('polarity-legend').forEach((e) => e.remove()));

test('the first markers bring the legend: three markers in words and a way to put it away', async () => {
  const mem = memory();
  await createLegendMount(ctx(), window, mem, english).markersShown();
  const aside = legend()!;
  expect(aside.getAttribute('aria-label')).toBe('Polarity markers');
  expect([...aside.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'wide bar and ring: innovation',
    'narrow bar: execution',
    'striped bar: excluded, not counted',
  ]);
  const samples = [...aside.querySelectorAll<HTMLElement>('.sample[aria-hidden="true"]')];
  // Drawn by the declarations the chips get: the bar in each category's colour.
  expect(samples.map((s) => s.style.cssText.includes(MARKER_COLORS.innovation))).toEqual([
    true,
    false,
    false,
  ]);
  expect(samples[1]!.style.cssText).toContain(MARKER_COLORS.execution);
  expect(samples[2]!.style.backgroundImage).toContain('repeating-linear-gradient');
  expect(mem.remembered).toBe(1);
  expect(aside.contains(document.activeElement)).toBe(false); // it takes no focus
});

test('shown once: remembered, so neither a later read nor another page brings it back', async () => {
  const mem = memory();
  const mount = createLegendMount(ctx(), window, mem, english);
  await mount.markersShown();
  legend()!.querySelector('button')!.click();
  expect(legend()).toBeUndefined();
  await mount.markersShown();
  await createLegendMount(ctx(), window, mem, english).markersShown(); // a reload
  expect(legend()).toBeUndefined();
  expect(mem.remembered).toBe(1);
});

test('dismissed from the keyboard: the button, or Escape anywhere in it', async () => {
  await createLegendMount(ctx(), window, memory(), english).markersShown();
  const button = legend()!.querySelector('button')!;
  expect(button.type).toBe('button');
  expect(button.textContent).toBe('Got it');
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(legend()).toBeUndefined();
});

test('not shown to someone who has seen it, and gone with the extension', async () => {
  await createLegendMount(ctx(), window, memory(true), english).markersShown();
  expect(legend()).toBeUndefined();
  const c = ctx();
  await createLegendMount(c, window, memory(), english).markersShown();
  expect(legend()).toBeTruthy();
  c.end();
  expect(legend()).toBeUndefined();
});

test('a page whose strings never came shows no legend and leaves it for the next page', async () => {
  const mem = memory();
  const none = Promise.resolve({
    reader: pageReader({ locale: 'en', messages: {} }, 'de'),
    dir: 'ltr' as const,
  });
  await createLegendMount(ctx(), window, mem, none).markersShown();
  expect(legend()).toBeUndefined();
  expect(mem.remembered).toBe(0);
  await createLegendMount(ctx(), window, mem, english).markersShown();
  expect(legend()).toBeTruthy();
});
