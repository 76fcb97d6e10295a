// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { clearReadCaches, readView } from '@/tests/support/read-view';
import { readViewNaive } from '@/tests/support/read-view-naive';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { committedPage, pageDom } from './page-dom';

test.each(FIXTURE_PAGES.map((p) => [p.file, p.url] as const))(
  '%s: the naive baseline reads the same snapshot',
  (file, href) => {
    const doc = pageDom(committedPage(file));
    const url = new URL(href);
    clearReadCaches();
    const cold = readView(doc, url, 0);
    expect(cold.status).toBe('ok');
    expect(readViewNaive(doc, url, 0)).toEqual(cold);
    // Warm caches change nothing but speed.
    expect(readView(doc, url, 0)).toEqual(cold);
  },
);
