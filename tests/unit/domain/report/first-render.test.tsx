// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { firstRender } from '@/tests/support/first-render';
import { seedHistory } from '@/tests/support/seed-history';

test(
  'first render with three years of history shows the week, through the real handler',
  { timeout: 30_000 },
  async () => {
    const now = new Date(2026, 10, 25, 12).getTime();
    const db = await openPolarityDb('bench-3y');
    const seeded = await seedHistory(db, { now, years: 3 });
    expect(seeded.days).toBeGreaterThan(1090);
    expect(seeded.events).toBeGreaterThan(5000);

    const runs: number[] = [];
    let container = document.body;
    for (let i = 0; i < 5; i++) {
      // A fresh container each time: a popup always opens on an empty page.
      container = document.body.appendChild(document.createElement('div'));
      runs.push(await firstRender({ db, container, now }));
    }
    expect(container.querySelector('[data-testid="split-percent"]')?.textContent).toMatch(/^\d+%$/);
    expect(container.querySelector('[data-testid="coverage"]')?.textContent).toBe(
      '7 of 7 days seen',
    );
    // The first screen is all drawn; the week ahead and the blocks wait in closed sections.
    expect(container.querySelector('[data-testid="overrides"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="next-step"]')).not.toBeNull();
    const closed = [...container.querySelectorAll('button[aria-expanded="false"]')];
    expect(closed.map((b) => b.textContent)).toContain('Innovation blocks');
    // fake-indexeddb and happy-dom are far slower than a browser; this only
    // catches a report that reads the whole history. `npm run bench` holds the budget.
    console.log(`first render, 3 years, happy-dom: ${runs.map((r) => r.toFixed(1)).join(', ')} ms`);
    expect(Math.min(...runs)).toBeLessThan(500);
  },
);
