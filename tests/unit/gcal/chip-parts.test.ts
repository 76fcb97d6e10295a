// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { columnChip, extractChip, textContentOf } from '@/utils/gcal/chip-parts';
import { visibleTitle } from '@/utils/gcal/visible-title';
import { pageDom } from './page-dom';

const chip = (html: string): Element => pageDom(html).body.firstElementChild!;

const kit = { textOf: textContentOf };

const read = (el: Element) => {
  const raw = extractChip(el, kit);
  return { ...raw, ...visibleTitle(raw.hidden, raw.visible) };
};

describe('extractChip and visibleTitle', () => {
  test('a timed chip as captured in June 2026', () => {
    const el = chip(
      `<div role="button" data-eventchip="" data-eventid="E1" style="top: 419px; height: 58px; border-color: rgb(11, 128, 67);">` +
        `<div aria-hidden="true"><div style="background-color: rgb(3, 155, 229);"></div></div>` +
        `<div class="XuJrye">10:30am to 12pm, Team Sync, Sample User, Declined, No location, Color: Team Meetings, June 2, 2026</div>` +
        `<div aria-hidden="true"><div><span>Team Sync</span></div><div>10:30am – 12pm</div></div>` +
        `<div aria-hidden="true" data-eventid="E1" data-dragsource-type="3"></div></div>`,
    );
    expect(read(el)).toEqual({
      eid: 'E1',
      hidden:
        '10:30am to 12pm, Team Sync, Sample User, Declined, No location, Color: Team Meetings, June 2, 2026',
      visible: ['Team Sync', '10:30am – 12pm'],
      visibleTitle: 'Team Sync',
      visibleTime: '10:30am – 12pm',
      color: 'rgb(3, 155, 229)',
    });
    expect(columnChip(el, kit).top).toBe(419);
  });

  test('a stacked chip (all-day row, month) nests its parts in its button', () => {
    const el = chip(
      `<div data-eventchip="" data-eventid="E2" data-stacked-layout-chip-container="true" style="left: 14.29%; width: 14.29%; top: 0em; border-color: rgb(158, 105, 175);">` +
        `<div role="button" data-stacked-layout-chip="true"><div class="ZWOtn"><div style="border-color: rgb(158, 105, 175);"></div></div>` +
        `<span aria-hidden="true"><span>8pm</span><span>Kiki time</span></span>` +
        `<span class="XuJrye">8pm to 9pm, Kiki time, Adam Hurley, No location, November 30, 2025</span></div></div>`,
    );
    expect(read(el)).toMatchObject({
      hidden: '8pm to 9pm, Kiki time, Adam Hurley, No location, November 30, 2025',
      visibleTitle: 'Kiki time',
      visibleTime: '8pm',
      color: 'rgb(158, 105, 175)',
    });
  });

  test('a task title with a comma, after its "task:" label', () => {
    const el = chip(
      `<div data-eventchip="" data-eventid="ttb_x"><div role="button"><span aria-hidden="true"><span>3am</span><span>m,ad</span></span>` +
        `<span>task: m,ad, Completed, December 1, 2025, 3am to 4am</span></div></div>`,
    );
    expect(read(el)).toMatchObject({ visibleTitle: 'm,ad', visibleTime: '3am' });
  });

  test('Japanese titles in brackets; the time label equal to the hidden prefix is not the title', () => {
    const el = chip(
      `<div data-eventchip="" data-eventid="E3"><div>10:00～13:00、「Controllers」、カレンダー: Esri、場所の指定なし、2024年 6月 10日</div>` +
        `<div aria-hidden="true"><span>Controllers</span><div>10:00～13:00</div></div></div>`,
    );
    expect(read(el)).toMatchObject({ visibleTitle: 'Controllers', visibleTime: '10:00～13:00' });
  });

  test('a title that is also a later word is taken where it is a whole field', () => {
    const el = chip(
      `<div data-eventchip="" data-eventid="E4"><div>9am to 10am, Location, Calendar: Location, Location: Location, June 1, 2026</div>` +
        `<div aria-hidden="true"><span>Location</span><span>9 – 10am</span></div></div>`,
    );
    expect(read(el)).toMatchObject({ visibleTitle: 'Location', visibleTime: '9 – 10am' });
  });

  test('without a visible title, none is guessed', () => {
    const el = chip(
      `<div data-eventchip="" data-eventid="E5"><div>9am to 10am, No title, Sam Lee, No location, June 1, 2026</div>` +
        `<div aria-hidden="true"><span>(No title)</span><span>9 – 10am</span></div></div>`,
    );
    expect(read(el)).toMatchObject({ visibleTime: '9 – 10am' });
    expect(read(el).visibleTitle).toBeUndefined();
  });

  test('no id: an empty one, which the reader counts as unreadable; no hidden text, empty text', () => {
    expect(extractChip(chip('<div data-eventchip=""><div>x</div></div>'), kit).eid).toBe('');
    expect(extractChip(chip('<div data-eventchip="" data-eventid="E6"></div>'), kit)).toEqual({
      eid: 'E6',
      hidden: '',
      visible: [],
    });
  });
});
