// @vitest-environment happy-dom
import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { describe, expect, test } from 'vitest';
import { chipMarkerCss } from '@/utils/gcal/chip-marker-css';
import { findOpenPopover } from '@/utils/gcal/popover';
import { createChipMarkers, createMarkerSheet, MARKER_STYLE_ID } from '@/utils/page/tag-markers';
import { googleChipMarks, MARK_ATTR } from '@/utils/gcal/chip-marks';

describe('chip marker stylesheet', () => {
  test('rules keyed only on the chip id, per category', () => {
    const css = chipMarkerCss({ 'YWJj+/=': 'innovation', Zm9v: 'execution' });
    expect(css).toContain('[data-eventchip][data-eventid="YWJj+/="]');
    expect(css).toContain('[data-eventchip][data-eventid="Zm9v"] > [data-stacked-layout-chip]');
    expect(css).not.toMatch(/(^|[\s,])\[data-eventid/); // never bare data-eventid
  });

  test('ids that are not base64 are skipped, so nothing can break out of the rule', () => {
    const css = chipMarkerCss({
      'a"] body { display: none } [x="': 'innovation',
      'a\\22 ': 'innovation',
      'ok}': 'execution',
      '': 'execution',
      ['x'.repeat(600)]: 'execution',
    });
    expect(css).toBe('');
  });

  test('the sheet is one <style> in head, updated in place and gone with the context', () => {
    let invalidate = () => {};
    const sheet = createMarkerSheet(document, { onInvalidated: (cb) => (invalidate = cb) });
    sheet.update(chipMarkerCss({ Zm9v: 'innovation' }));
    sheet.update(chipMarkerCss({ Zm9v: 'execution' }));
    const styles = document.head.querySelectorAll(`#${MARKER_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain(MARKER_COLORS.execution);
    invalidate();
    expect(document.getElementById(MARKER_STYLE_ID)).toBeNull();
  });
});

describe('open popover', () => {
  const el = (tag: string, attrs: Record<string, string>, ...kids: (Node | string)[]) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  const dialog = (eid: string, hidden: boolean) =>
    el(
      'div',
      { role: 'dialog', 'data-chips-dialog': 'true', 'data-hidden': String(hidden) },
      el(
        'div',
        { id: 'xDetDlg', 'data-eventid': eid },
        el('span', { id: 'rAECCd' }, `Title ${eid}`),
        el('div', { id: 'xDetDlgCal', 'data-text': 'Work – team@group.calendar.google.com' }),
      ),
    );
  const visible = (el: Element) => el.getAttribute('data-hidden') !== 'true';

  test('the visible event dialog, with its id, title and calendar', () => {
    document.body.replaceChildren(dialog('b2xk', true), dialog('bmV3', false));
    expect(findOpenPopover(document, visible)).toMatchObject({
      eid: 'bmV3',
      title: 'Title bmV3',
      calendarName: 'Work',
      calendarId: 'team@group.calendar.google.com',
    });
  });

  test('none when only hidden dialogs or the create popup are there', () => {
    document.body.replaceChildren(
      dialog('b2xk', true),
      el('div', { role: 'dialog', 'data-chips-dialog': 'true' }, el('input', {})),
    );
    expect(findOpenPopover(document, visible)).toBeNull();
  });
});

describe('chip markers remember what the background said', () => {
  const enc = (t: string) => btoa(t).replace(/=+$/, '');
  const chip = (eid: string) => {
    const el = document.createElement('div');
    el.setAttribute('data-eventchip', '');
    el.setAttribute('data-eventid', eid);
    return el;
  };
  const answer = (categories: Record<string, 'innovation' | 'execution'>) => ({
    categories,
    markerCss: '',
  });

  test('a week revisited is marked from memory in the mutation callback, before any answer', async () => {
    const ctx = { onInvalidated: () => {} };
    const markers = createChipMarkers(document, ctx, googleChipMarks);
    const lab = enc('lab me@m');
    const standup = enc('standup me@m');
    markers.apply(answer({ [lab]: 'innovation', [standup]: 'execution' }));
    // The next week's answer holds other events; then the first week comes back.
    markers.apply(answer({}));
    const grid = document.createElement('section');
    const again = chip(lab);
    grid.append(again, chip(standup), chip(enc('new me@m')));
    const watch = new MutationObserver((records) => markers.changed(records));
    watch.observe(document.body, { childList: true, subtree: true });
    document.body.append(grid);
    await Promise.resolve();
    expect([...grid.children].map((c) => c.getAttribute(MARK_ATTR))).toEqual([
      'innovation',
      'execution',
      null,
    ]);
    // The answer is what counts: a tag changed meanwhile corrects the mark.
    markers.apply(answer({ [lab]: 'execution' }));
    expect(again.getAttribute(MARK_ATTR)).toBe('execution');
    watch.disconnect();
    grid.remove();
  });
});
