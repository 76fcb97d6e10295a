import type { ServesRecord, ServesTarget } from '@/utils/domain/db/schema';
import type { ReviewEvent, WeekEvents } from '@/utils/domain/report/week-events';
import type { Request, Response } from '@/utils/shared/messages';

/** What one innovation row can serve, and what it serves now. */
export interface RowServes {
  choices: ServesTarget[];
  current: Pick<ServesRecord, 'scope' | 'target'> | null;
}

export interface ServesEffects {
  servesChoices(req: Request<'getServesChoices'>): Promise<Response<'getServesChoices'>>;
  setServes(req: Request<'setServes'>): Promise<unknown>;
}

/**
 * The choice of every innovation event of the week, asked of the background
 * for the account and week the page shows. A row whose answer failed has no
 * choice (the next read asks again).
 */
export async function loadServes(
  effects: ServesEffects,
  week: WeekEvents,
): Promise<Record<string, RowServes>> {
  const rows = await Promise.all(
    week.events
      .filter((e) => e.category === 'innovation')
      .map(async (e): Promise<[string, RowServes] | undefined> => {
        try {
          const { choices, current } = await effects.servesChoices({
            account: week.account,
            event: { id: e.id, seriesId: e.seriesId },
            offset: week.offset,
          });
          return [e.id, { choices, current }];
        } catch {
          return undefined;
        }
      }),
  );
  return Object.fromEntries(rows.filter((r) => r !== undefined));
}

/**
 * Where a link made on a row is kept: where the current one is (so "nothing"
 * removes it, a series' too), else where the row's category comes from, as
 * the tag control does.
 */
export const servesScope = (e: ReviewEvent, row: RowServes | undefined): 'event' | 'series' =>
  row?.current?.scope ?? (e.source === 'series-tag' ? 'series' : 'event');

export const sameTarget = (a: ServesTarget, b: ServesTarget) =>
  a.kind === b.kind && a.key === b.key;

/** The choices to offer: the current target first when the week no longer has it. */
export function offered(row: RowServes): ServesTarget[] {
  const current = row.current?.target;
  return current && !row.choices.some((c) => sameTarget(c, current))
    ? [current, ...row.choices]
    : row.choices;
}
