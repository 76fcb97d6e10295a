// Reads the calendar-plus corpus (MIT, vendored with its licence in
// tests/fixtures/gcal-public): 18 timed events of one week, each scraped in 73
// UI languages with the 24- and the 12-hour clock.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const corpusDir = resolve(__dirname, '../../fixtures/gcal-public/calendar-plus');

export interface Expected {
  summary: string;
  touchesTop: boolean;
  touchesBottom: boolean;
  startTime: number;
  endTime: number;
}

export interface Sample {
  id: string;
  want: Expected;
  lang: string;
  hidden: string;
  visibleTime: string;
}

/** Google's language code as `<html lang>` writes it (`pt_BR` → `pt-BR`). */
export const htmlLang = (code: string) => code.replace('_', '-');

/** Every sample: one hidden text and visible time per event, language and clock. */
export function readCorpus(dir = corpusDir): { langs: string[]; samples: Sample[] } {
  const langs = (JSON.parse(readFileSync(resolve(dir, 'languages.json'), 'utf8')) as string[]).map(
    (url) => /matasync\.([^.]+)\./.exec(url)?.[1] ?? '?',
  );
  const events = readFileSync(resolve(dir, 'scrapped.txt'), 'utf8')
    .split('\n\n')
    .map((e) => e.replace(/^\n+/, ''))
    .filter((e) => e.startsWith('{'));
  const samples: Sample[] = [];
  events.forEach((event, n) => {
    const [json = '', ...lines] = event.split('\n');
    const want = JSON.parse(json) as Expected;
    langs.forEach((lang, i) => {
      for (const [k, clock] of ['24h', '12h'].entries()) {
        samples.push({
          id: `${lang} ${clock} #${n} ${want.summary}`,
          want,
          lang,
          hidden: lines[i * 4 + k * 2] ?? '',
          visibleTime: lines[i * 4 + k * 2 + 1] ?? '',
        });
      }
    });
  });
  return { langs, samples };
}
