import { describe, expect, it } from 'vitest';
import { parseChipText } from '../../../utils/gcal/chip-text';
import type { ChipTextHints } from '../../../utils/gcal/chip-text';

// The parse runs for every chip on every settled page mutation; the budget is
// a 300-chip page in under 1 ms (median, Chromium). Node on a shared CI box is
// slower and noisier, so the assertion is looser than the budget; the measured
// figure is printed for comparison.
const PAGE = 300;

function page(
  lang: string,
  lines: readonly (readonly [string, string])[],
): [string, ChipTextHints][] {
  const out: [string, ChipTextHints][] = [];
  for (let i = 0; i < PAGE; i++) {
    const [hidden, title] = lines[i % lines.length] as readonly [string, string];
    out.push([hidden, { lang, visibleTitle: title }]);
  }
  return out;
}

const ENGLISH = [
  ['10am to 1pm, Controllers, Calendar: Esri, No location, June 10, 2024', 'Controllers'],
  ['1 to 2pm, 1:1 with Sam, Sam Lee, Accepted, No location, June 2, 2026', '1:1 with Sam'],
  [
    '12pm to 12:30pm, Planning Review: Roadmap, Tooling, Access, Pricing, Time , Sample User, Accepted, Location: Conference Room A, June 2, 2026',
    'Planning Review: Roadmap, Tooling, Access, Pricing, Time',
  ],
  ['10:00 to 13:00, Controllers, Calendar: Esri, No location, June 10, 2024', 'Controllers'],
  [
    '10:30am to 12pm, Team Sync, Sample User, Declined, No location, Color: Team Meetings, June 2, 2026',
    'Team Sync',
  ],
  [
    'June 9, 2024 at 22:15 to June 10, 2024 at 06:30, Sleep, Calendar: Critical, No location, Color: Graphite, ',
    'Sleep',
  ],
] as const;

const JAPANESE = [
  [
    '午前10時～午後1時、「Controllers」、カレンダー: Esri、場所の指定なし、2024年 6月 10日',
    'Controllers',
  ],
  [
    '午前10:45～午後1:30、「Controllers」、Max Patiiuk、辞退、場所の指定なし、2024年 6月 12日',
    'Controllers',
  ],
] as const;

/** Median time of one pass over the page, in ms. */
function medianPass(chips: [string, ChipTextHints][], runs: number): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const [hidden, hints] of chips) sink += parseChipText(hidden, hints)?.start?.h ?? 0;
    times.push(performance.now() - t0);
  }
  expect(sink).toBeGreaterThan(0);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

describe('parseChipText speed', () => {
  for (const [lang, lines] of [
    ['en', ENGLISH],
    ['ja', JAPANESE],
  ] as const) {
    it(`reads a ${PAGE}-chip ${lang} page well within the budget`, () => {
      const chips = page(lang, lines);
      medianPass(chips, 50); // warm-up: JIT and the lazily built locale tables
      const ms = medianPass(chips, 200);
      console.info(`parseChipText ${lang}: ${PAGE} chips in ${ms.toFixed(3)} ms (median)`);
      expect(ms).toBeLessThan(5);
    });
  }
});
