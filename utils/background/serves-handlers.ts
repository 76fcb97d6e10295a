import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { getLastAccount, getPageStatus } from '@/utils/domain/db/meta';
import type { Db } from '@/utils/domain/db/schema';
import { chooseServes, listServes, servesOf } from '@/utils/domain/db/serves';
import { linkLookup, servedSummary, servesChoices } from '@/utils/domain/report/served';
import {
  getSettings,
  resolveWeekStart,
  workingHoursOf,
  type Settings,
} from '@/utils/domain/settings/settings';
import { loadWeek, type WeekQuery } from '@/utils/domain/week/load-week';
import type { Handlers } from '@/utils/shared/messages';
import { TREND_WEEKS } from './report-handlers';

export interface ServesDeps {
  db: Promise<Db>;
  now: () => number;
  settings?: () => Promise<Settings>;
}

const MAX_OFFSET = 520;
const clampOffset = (offset: number) => Math.max(-MAX_OFFSET, Math.min(MAX_OFFSET, offset));

/**
 * The "Serves…" choice of the tag control and of the review page, and the
 * popup's served section. Nothing here depends on who sent the message: the
 * request names the account (and, from the review page, the week it shows).
 */
export function servesHandlers({
  db,
  now,
  settings = getSettings,
}: ServesDeps): Pick<Handlers, 'getServesChoices' | 'setServes' | 'getServed'> {
  async function query(store: Db, account: number): Promise<WeekQuery> {
    const [status, current, ctx] = await Promise.all([
      getPageStatus(store, account),
      settings(),
      loadClassifyContext(store, account),
    ]);
    return {
      account,
      at: now(),
      weekStartsOn: resolveWeekStart(current, status?.weekStartsOn),
      workingHours: workingHoursOf(current),
      classifyContext: { ...ctx, innovationKeywords: current.innovationKeywords },
    };
  }

  return {
    async getServesChoices({ account, event, offset = 0 }) {
      const store = await db;
      const weeks = clampOffset(offset);
      const [week, current] = await Promise.all([
        query(store, account).then((q) => loadWeek(store, { ...q, offset: weeks })),
        servesOf(store, account, event),
      ]);
      // Its words are the page's, in the page's language (page strings).
      return { choices: servesChoices(week), current };
    },
    async setServes({ account, scope, event, target }) {
      await chooseServes(await db, {
        account,
        scope,
        eventId: event.id,
        id: scope === 'series' ? event.seriesId : event.id,
        target,
        at: now(),
      });
      return { ok: true };
    },
    async getServed({ offset }) {
      const store = await db;
      const account = await getLastAccount(store);
      if (account === undefined) return null;
      const weeks = clampOffset(offset);
      const [q, links] = await Promise.all([query(store, account), listServes(store, account)]);
      const trend = await Promise.all(
        Array.from({ length: TREND_WEEKS }, (_, i) =>
          loadWeek(store, { ...q, offset: weeks - (TREND_WEEKS - 1) + i }),
        ),
      );
      return servedSummary(trend, linkLookup(links));
    },
  };
}
