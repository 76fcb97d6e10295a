// @vitest-environment happy-dom
import { ENGLISH_LANGUAGE } from '@/utils/shared/i18n/english-page';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { TagControlProps } from '@/components/tag-control/tag-control';
import { TOAST_AUTO_HIDE_MS, type ToastProps } from '@/components/toast/toast';
import { createShadowHost } from '@/utils/page/shadow-host';
import { createTagMount } from '@/utils/page/tag-mount';
import { msg } from '@/utils/shared/i18n/msg';
import { createToastMount } from '@/utils/page/toast-mount';

function lifetime() {
  const callbacks: (() => void)[] = [];
  return {
    ctx: { onInvalidated: (cb: () => void) => void callbacks.push(cb) },
    invalidate: () => callbacks.forEach((cb) => cb()),
  };
}

// Listeners the tests put on the document go with each test.
let listening: AbortController;
beforeEach(() => (listening = new AbortController()));
afterEach(() => {
  listening.abort();
  document.body.replaceChildren();
});

describe('shadow host', () => {
  test('a named host with an open shadow root: the styles first, then the UI', () => {
    const { ctx } = lifetime();
    const ui = document.createElement('p');
    ui.textContent = 'hello';
    const { host, shadow } = createShadowHost(ctx, document, 'polarity-x', ':host{color:red}', ui);
    expect(host.tagName).toBe('POLARITY-X');
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.mode).toBe('open');
    expect([...shadow.children].map((c) => c.tagName)).toEqual(['STYLE', 'P']);
    expect(shadow.querySelector('style')!.textContent).toBe(':host{color:red}');
    expect(shadow.querySelector('p')).toBe(ui);
    expect(host.isConnected).toBe(false); // the caller places it
  });

  test('the styles are text: a closing tag in them adds no element', () => {
    const { ctx } = lifetime();
    const css = '</style><img src=x>';
    const { shadow } = createShadowHost(
      ctx,
      document,
      'polarity-x',
      css,
      document.createElement('div'),
    );
    expect(shadow.querySelector('img')).toBeNull();
    expect(shadow.querySelector('style')!.textContent).toBe(css);
  });

  test('gone from the page when the context is invalidated', () => {
    const { ctx, invalidate } = lifetime();
    const { host } = createShadowHost(
      ctx,
      document,
      'polarity-x',
      '',
      document.createElement('div'),
    );
    document.body.append(host);
    invalidate();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector('polarity-x')).toBeNull();
  });
});

describe('tag control mount', () => {
  const props = (over: Partial<TagControlProps> = {}): TagControlProps => ({
    state: {
      category: 'innovation',
      source: 'default',
      because: msg('reason_no_keyword'),
      reason: '',
    },
    recurring: false,
    countable: true,
    scope: 'event',
    onScope: vi.fn(),
    onChoose: vi.fn(),
    ...over,
  });
  const dialog = (background = 'rgb(255, 255, 255)') => {
    const d = document.createElement('div');
    d.setAttribute('role', 'dialog');
    d.style.backgroundColor = background;
    document.body.append(d);
    return d;
  };
  const reason = () =>
    document.querySelector('polarity-tag-control')?.shadowRoot?.querySelector('.reason')
      ?.textContent;

  test('shown as the last child of the dialog, in an open shadow root with its styles', () => {
    const mount = createTagMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    const d = dialog();
    d.append(document.createElement('span'));
    mount.show(d, props());
    expect(d.lastElementChild).toBe(mount.host);
    expect(mount.host.tagName).toBe('POLARITY-TAG-CONTROL');
    const shadow = mount.host.shadowRoot!;
    expect(shadow.firstElementChild!.tagName).toBe('STYLE');
    expect(shadow.querySelector('section.polarity')).toBeTruthy();
    expect(reason()).toBe('Auto: no innovation keyword');
  });

  test('the host follows the popover theme', () => {
    const mount = createTagMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    mount.show(dialog('rgb(32, 33, 36)'), props());
    expect(mount.host.dataset.theme).toBe('dark');
    mount.hide();
    mount.show(dialog('rgb(255, 255, 255)'), props());
    expect(mount.host.dataset.theme).toBe('light');
  });

  test('one host, updated in place, moved to the next dialog, back when Calendar drops it', () => {
    const mount = createTagMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    const a = dialog();
    mount.show(a, props());
    const host = mount.host;
    mount.show(
      a,
      props({
        state: { category: 'execution', source: 'tag', because: msg('reason_tag'), reason: '' },
      }),
    );
    expect(mount.host).toBe(host);
    expect(reason()).toBe('Tagged by you');
    host.remove(); // Calendar rebuilt the dialog's children
    mount.show(a, props());
    expect(a.lastElementChild).toBe(host);
    const b = dialog();
    mount.show(b, props());
    expect(document.querySelectorAll('polarity-tag-control')).toHaveLength(1);
    expect(b.lastElementChild).toBe(host);
    mount.hide();
    expect(document.querySelector('polarity-tag-control')).toBeNull();
  });

  test("clicks and keys stop at the shadow root, after the control's own handlers; Escape goes on", () => {
    const mount = createTagMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    const p = props();
    mount.show(dialog(), p);
    const seen: string[] = [];
    for (const type of ['click', 'keydown'])
      document.addEventListener(
        type,
        (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? ''}`),
        { signal: listening.signal },
      );
    const exec = mount.host.shadowRoot!.querySelector<HTMLButtonElement>('.choice.execution')!;
    exec.click();
    exec.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true, composed: true }));
    exec.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(p.onChoose).toHaveBeenCalledWith('execution');
    expect(seen).toEqual(['keydown:Escape']);
  });

  test('gone with the context', () => {
    const { ctx, invalidate } = lifetime();
    const mount = createTagMount(ctx, window, ENGLISH_LANGUAGE);
    mount.show(dialog(), props());
    invalidate();
    expect(document.querySelector('polarity-tag-control')).toBeNull();
  });
});

describe('toast mount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const props = (over: Partial<ToastProps> = {}): ToastProps => ({
    nudges: [
      {
        key: 'k',
        title: msg('nudge_taken_title', 'Taken'),
        message: msg('nudge_cause_deleted'),
        rebookLabel: msg('nudge_rebook'),
        openLabel: msg('nudge_open'),
      },
    ],
    onAction: vi.fn(),
    onExpire: vi.fn(),
    ...over,
  });

  test('in the page from the start, last in body, its live region ready and empty', () => {
    const before = document.createElement('main');
    document.body.append(before);
    const mount = createToastMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    expect(document.body.lastElementChild).toBe(mount.host);
    expect(mount.host.tagName).toBe('POLARITY-TOAST');
    const shadow = mount.host.shadowRoot!;
    expect(shadow.mode).toBe('open');
    expect(shadow.firstElementChild!.tagName).toBe('STYLE');
    expect(shadow.querySelector('[role=status]')!.textContent).toBe('');
  });

  test('renders the nudges and takes the page theme; back in the page when Calendar drops it', () => {
    document.body.style.backgroundColor = 'rgb(32, 33, 36)';
    const mount = createToastMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    mount.render(props());
    expect(mount.host.dataset.theme).toBe('dark');
    expect(mount.host.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).toBe(
      'Innovation time taken: Taken',
    );
    document.body.replaceChildren();
    mount.render(props({ nudges: [] }));
    expect(document.body.lastElementChild).toBe(mount.host);
    expect(mount.host.shadowRoot!.querySelector('section')).toBeNull();
    document.body.style.backgroundColor = '';
  });

  test('keys stop at the shadow root, Escape included (it closes the toasts)', () => {
    const mount = createToastMount(lifetime().ctx, window, ENGLISH_LANGUAGE);
    const p = props();
    mount.render(p);
    const seen = vi.fn();
    document.addEventListener('keydown', seen, { signal: listening.signal });
    const button = mount.host.shadowRoot!.querySelector('button')!;
    button.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(p.onExpire).toHaveBeenCalled();
    expect(seen).not.toHaveBeenCalled();
  });

  test('gone with the context, and no timer left to fire', () => {
    const { ctx, invalidate } = lifetime();
    const mount = createToastMount(ctx, window, ENGLISH_LANGUAGE);
    const p = props();
    mount.render(p);
    invalidate();
    expect(document.querySelector('polarity-toast')).toBeNull();
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2);
    expect(p.onExpire).not.toHaveBeenCalled();
  });
});
