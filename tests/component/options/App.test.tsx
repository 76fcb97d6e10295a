// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '@/components/options/App';
import { storageEffects } from '@/components/options/storage-effects';
import { createOptionsStore, type OptionsEffects } from '@/components/options/store';
import { getRules } from '@/utils/domain/rules/get-rules';
import type { Rule } from '@/utils/domain/rules/types';
import { getSettings } from '@/utils/domain/settings/settings';

afterEach(cleanup);

function fakeEffects(rules: Rule[] = []) {
  const saved = { rules, keywords: ['prototype', 'strategy'] };
  const fx: OptionsEffects = {
    loadRules: async () => saved.rules,
    saveRules: vi.fn(async (r: Rule[]) => void (saved.rules = r)),
    loadKeywords: async () => saved.keywords,
    saveKeywords: vi.fn(async (k: string[]) => void (saved.keywords = k)),
    watch: () => () => undefined,
  };
  return { fx, saved };
}

const okr: Rule = { id: 'a', when: { type: 'regex', pattern: 'okr' }, category: 'execution' };
const solo: Rule = { id: 'b', when: { type: 'guests', hasGuests: false }, category: 'innovation' };

async function setup(rules: Rule[] = []) {
  const { fx, saved } = fakeEffects(rules);
  render(<App store={createOptionsStore(fx)} />);
  await screen.findByRole('heading', { name: 'Add a rule' });
  return { fx, saved };
}

const items = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

const input = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const select = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('options: rules editor', () => {
  test('adds a keyword rule', async () => {
    const { saved } = await setup();
    input('Keywords, separated by commas', 'offsite, okr ');
    select('Then', 'excluded');
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toContain("Rule 1: title has 'offsite', 'okr' → Exclude");
    expect(saved.rules[0]?.when).toEqual({ type: 'keywords', keywords: ['offsite', 'okr'] });
  });

  test('adds a time-block rule: focus time is innovation', async () => {
    const { saved } = await setup();
    select('Condition', 'timeBlock');
    // Nothing to type: the condition is the kind of item.
    expect(screen.queryByRole('textbox', { name: /Keywords|Regular|Calendar|Colour/ })).toBeNull();
    select('Then', 'innovation');
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toContain(
      'Rule 1: is a time block (focus time, time-blocked task) → Innovation',
    );
    expect(saved.rules[0]?.when).toEqual({ type: 'timeBlock' });
  });

  test('an invalid regular expression gets a clear message and is not saved', async () => {
    const { fx } = await setup();
    select('Condition', 'regex');
    input('Regular expression', '(okr');
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not a valid regular expression: /);
    expect(screen.getByLabelText('Regular expression').getAttribute('aria-invalid')).toBe('true');
    expect(fx.saveRules).not.toHaveBeenCalled();
    expect(items()).toEqual([]);
  });

  test('reorders with buttons, focus following the moved rule', async () => {
    const { saved } = await setup([okr, solo]);
    fireEvent.click(screen.getByRole('button', { name: 'Move rule 1 down' }));
    await waitFor(() => expect(saved.rules.map((r) => r.id)).toEqual(['b', 'a']));
    expect(items()[0]).toContain('Rule 1: solo (no guests) → Innovation');
    // The moved rule is now last: its "down" is disabled, so focus lands on its first live button.
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move rule 2 up'),
    );
    expect(screen.getByRole('button', { name: 'Move rule 1 up' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  test('edits and deletes a rule', async () => {
    const { saved } = await setup([okr, solo]);
    fireEvent.click(screen.getByRole('button', { name: 'Edit rule 1' }));
    const form = screen.getByRole('button', { name: 'Save rule 1' }).closest('form')!;
    fireEvent.input(within(form).getByLabelText('Regular expression'), {
      target: { value: '[' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule 1' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/regular expression/);
    fireEvent.input(within(form).getByLabelText('Regular expression'), {
      target: { value: '^kpi' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule 1' }));
    await waitFor(() => expect(items()[0]).toContain('title matches /^kpi/i'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete rule 2' }));
    await waitFor(() => expect(saved.rules.map((r) => r.id)).toEqual(['a']));
  });

  test('the built-in keywords are editable', async () => {
    const { saved } = await setup();
    const box = screen.getByLabelText(/Innovation keywords/) as HTMLTextAreaElement;
    expect(box.value).toBe('prototype\nstrategy');
    fireEvent.input(box, { target: { value: 'deep work\n\nprototype\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save keywords' }));
    await waitFor(() => expect(saved.keywords).toEqual(['deep work', 'prototype']));
  });

  test('"test a title" shows category and reason from the saved rules', async () => {
    await setup([okr]);
    input('Test a title', 'Q3 OKR prototype review');
    await waitFor(() =>
      expect(document.querySelector('.test-result')?.textContent).toBe(
        'Execution · Rule 1: title matches /okr/i',
      ),
    );
    input('Test a title', 'Prototype review');
    await waitFor(() =>
      expect(document.querySelector('.test-result')?.textContent).toBe(
        "Innovation · Auto: keyword 'prototype'",
      ),
    );
  });
});

describe('options: storage effects', () => {
  test('rules and keywords land in sync storage, where the background watches them', async () => {
    await storageEffects.saveRules([okr]);
    await storageEffects.saveKeywords(['deep work']);
    expect(await getRules()).toEqual([okr]);
    const settings = await getSettings();
    expect(settings.innovationKeywords).toEqual(['deep work']);
    expect(settings.targetPercent).toBe(20); // the rest of the settings untouched
  });
});
