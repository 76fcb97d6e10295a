import { test } from 'vitest';
import { launch, openCalendar } from '../harness.ts';
import { buildWeekPage } from '../../fixtures/gcal-page.ts';
test('dbg', async () => {
  const s = await launch();
  const html = buildWeekPage({ lang: 'en', hour12: true, firstDay: '2026-11-23', events: [{ title: 'Budget review', day: '2026-11-24', start: '10:00', end: '12:00' }], openPopoverFor: 'Budget review' });
  const w0 = await s.worker();
  w0.on('console', (m) => console.log('W0', m.text()));
  await w0.evaluate(() => { self.addEventListener('unhandledrejection', (e: any) => console.log('UNHANDLED', String(e.reason), e.reason?.stack)); });
  const p = await openCalendar(s, html, '/calendar/u/0/r/week/2026/11/23');
  p.on('console', (m) => console.log('CONSOLE', m.text()));
  await new Promise((r) => setTimeout(r, 1500));
  const w = await s.worker();
  w.on('console', (m) => console.log('WCONSOLE', m.text()));
  console.log('BADGE', await w.evaluate(async () => (globalThis as any).chrome.action.getTitle({})));
  console.log('CHIPS', await p.evaluate(() => document.querySelectorAll('[data-eventchip]').length), await p.evaluate(() => document.getElementById('polarity-chip-markers')?.textContent));
  console.log('IDB', await w.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('polarity'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const all = (store: string) => new Promise((res) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => res(r.result); });
    return JSON.stringify({ days: await all('days'), meta: await all('meta') }).slice(0, 1500);
  }));
  await s.close();
});
