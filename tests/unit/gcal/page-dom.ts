import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = join(__dirname, '../../fixtures/pages');
export const WEEK_URL = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/24');

/** A fixture HTML document, parsed by the test environment's DOM (happy-dom). */
export function pageDom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function committedPage(file: string): string {
  return readFileSync(join(PAGES, file), 'utf8');
}
