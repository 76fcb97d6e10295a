// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { clearReadCaches, readView } from '@/utils/gcal/read-view';
import { readViewNaive } from '@/utils/gcal/read-view-naive';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

test.each(FIXTURE_PAGES.map((p) => p.file))(
  '%s: the naive baseline reads the same snapshot',
  (file) => {
    const doc = pageDom(committedPage(file));
    clearReadCaches();
    const cold = readView(doc, WEEK_URL, 0);
    expect(readViewNaive(doc, WEEK_URL, 0)).toEqual(cold);
    // Warm caches change nothing but speed.
    expect(readView(doc, WEEK_URL, 0)).toEqual(cold);
  },
);
