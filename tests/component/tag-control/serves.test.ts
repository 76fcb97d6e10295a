// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createServes, type ServesProps } from '@/components/tag-control/serves';
import type { ServesTarget } from '@/utils/domain/db/schema';
import { createServesLink } from '@/utils/page/tag-serves';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { pageMessages, pageReader } from '@/utils/shared/i18n/page-strings';

const englishPage = pageReader({ locale: 'en', messages: pageMessages(CATALOGUES.en!) }, 'en');

afterEach(() => {
  document.body.replaceChildren();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const OPS: ServesTarget = { kind: 'series', key: 'ops', title: 'Weekly ops review' };
const INCIDENT: ServesTarget = {
  kind: 'title',
  key: 'incident process',
  title: 'Incident process',
};
const WORDS = { label: 'Serves…', none: 'Nothing in particular' };

function view() {
  const serves = createServes(document);
  document.body.append(serves.el);
  return serves;
}
const select = () => screen.getByRole('combobox', { name: 'Serves…' }) as HTMLSelectElement;
const options = () => [...select().options].map((o) => o.textContent);

describe('"Serves…" in the tag control', () => {
  test('hidden until it is an innovation event; then the week’s items, the current one chosen', () => {
    const serves = view();
    expect(serves.el.hidden).toBe(true);
    const onServe = vi.fn();
    const props: ServesProps = {
      choices: [OPS],
      current: INCIDENT,
      words: WORDS,
      busy: false,
      onServe,
    };
    serves.update(props);
    expect(serves.el.hidden).toBe(false);
    // The current target is offered though it is not in this week.
    expect(options()).toEqual(['Nothing in particular', 'Incident process', 'Weekly ops review']);
    expect(select().selectedOptions[0]!.textContent).toBe('Incident process');

    fireEvent.change(select(), { target: { value: '1' } });
    expect(onServe).toHaveBeenLastCalledWith(OPS);
    fireEvent.change(select(), { target: { value: '' } });
    expect(onServe).toHaveBeenLastCalledWith(null);

    // Not saved: the same props put the stored choice back.
    select().value = '1';
    serves.update(props);
    expect(select().selectedOptions[0]!.textContent).toBe('Incident process');
    serves.update({ ...props, busy: true });
    expect(select().disabled).toBe(true);
    serves.update(null);
    expect(serves.el.hidden).toBe(true);
  });

  test('titles are text, never markup', () => {
    const serves = view();
    const evil = {
      kind: 'title',
      key: '<img src=x onerror=alert(1)>',
      title: '<img src=x onerror=alert(1)>',
    } as const;
    serves.update({ choices: [evil], current: null, words: WORDS, busy: false, onServe: vi.fn() });
    expect(document.querySelector('img')).toBeNull();
    expect(options()).toContain('<img src=x onerror=alert(1)>');
  });

  test('asks the background for the choices, saves a choice there in the control’s scope', async () => {
    const sent: { type: string; data: unknown }[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: {
      type: string;
      data: unknown;
    }) => {
      sent.push(m);
      return Promise.resolve(
        m.type === 'getServesChoices' ? { choices: [OPS, INCIDENT], current: null } : { ok: true },
      );
    }) as never);
    const link = createServesLink(view(), englishPage);
    const event = {
      eid: 'ZXY',
      id: 'lab_1',
      seriesId: 'lab',
      title: 'Lab',
      kind: 'timed',
    } as const;
    link.update({ account: 2, event, scope: 'series' });
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(sent[0]).toEqual({
      type: 'getServesChoices',
      data: { account: 2, event: { id: 'lab_1', seriesId: 'lab' } },
    });

    fireEvent.change(select(), { target: { value: '1' } });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      type: 'setServes',
      data: {
        account: 2,
        scope: 'series',
        event: { id: 'lab_1', seriesId: 'lab' },
        target: INCIDENT,
      },
    });
    await waitFor(() => expect(select().selectedOptions[0]!.textContent).toBe('Incident process'));

    // Same event again: not asked twice. Another event, or not innovation: asked afresh, hidden meanwhile.
    link.update({ account: 2, event, scope: 'series' });
    expect(sent).toHaveLength(2);
    link.update(null);
    expect(document.querySelector('.serves')!.hasAttribute('hidden')).toBe(true);
    link.update({ account: 2, event, scope: 'series' });
    await waitFor(() => expect(sent).toHaveLength(3));
  });
});
