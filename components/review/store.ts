import type { SetTagRequest } from '@/utils/domain/classify/tag-state';
import type { ReviewEvent, WeekEventsResult } from '@/utils/domain/report/week-events';
import type { Rule } from '@/utils/domain/rules/types';
import type { ServesTarget } from '@/utils/domain/db/schema';
import type { Category } from '@/utils/shared/types';
import { storeCell } from '../store-cell';
import { loadServes, servesScope, type RowServes, type ServesEffects } from './serves';
import { withTitleRule } from './title-rule';

/** What the review page needs from the outside world; tests pass fakes. */
export interface ReviewEffects extends ServesEffects {
  weekEvents(offset: number): Promise<WeekEventsResult>;
  setTag(req: SetTagRequest): Promise<unknown>;
  rules(): Promise<Rule[]>;
  saveRules(rules: Rule[]): Promise<void>;
  openOptions(): void;
  newId(): string;
}

export interface ReviewState {
  offset: number;
  status: 'loading' | 'ready' | 'error';
  week?: WeekEventsResult;
  rules: Rule[];
  /** Innovation events' "Serves…" choice, by event id. */
  serves: Record<string, RowServes>;
  onlyDefault: boolean;
  /** The last change's outcome, announced politely: `{ ok, text }` (text is the detail). */
  notice?: { ok: boolean; detail: string };
  error?: string;
}

export interface ReviewStore {
  get(): ReviewState;
  subscribe(fn: () => void): () => void;
  load(offset: number): Promise<void>;
  setOnlyDefault(on: boolean): void;
  tagEvent(e: ReviewEvent, category: Category | null): Promise<void>;
  tagSeries(e: ReviewEvent, category: Category | null): Promise<void>;
  titleRule(title: string, category: Category | null): Promise<void>;
  /** Links an innovation event (or its series) to what it serves; null removes the link. */
  serve(e: ReviewEvent, target: ServesTarget | null): Promise<void>;
  openOptions(): void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createReviewStore(effects: ReviewEffects, offset = 0): ReviewStore {
  const cell = storeCell<ReviewState>({
    offset,
    status: 'loading',
    rules: [],
    serves: {},
    onlyDefault: false,
  });
  const { set } = cell;
  let latest = 0;

  async function load(offset: number) {
    const ticket = ++latest;
    set({ offset, status: 'loading' });
    try {
      const [week, rules] = await Promise.all([effects.weekEvents(offset), effects.rules()]);
      const serves = week.state === 'week' ? await loadServes(effects, week) : {};
      if (ticket === latest) set({ status: 'ready', week, rules, serves, error: undefined });
    } catch (e) {
      if (ticket === latest) set({ status: 'error', error: message(e) });
    }
  }

  /** One change, then the week read again: what is shown is what the background now counts. */
  async function change(run: () => Promise<unknown>, detail: string) {
    try {
      await run();
      set({ notice: { ok: true, detail } });
    } catch (e) {
      set({ notice: { ok: false, detail: message(e) } });
    }
    await load(cell.get().offset);
  }

  function tag(e: ReviewEvent, scope: 'event' | 'series', category: Category | null) {
    const week = cell.get().week;
    if (week?.state !== 'week') return Promise.resolve();
    const req: SetTagRequest = {
      account: week.account,
      scope,
      event: { id: e.id, seriesId: e.seriesId, title: e.title },
      category,
    };
    return change(() => effects.setTag(req), e.title);
  }

  return {
    get: cell.get,
    subscribe: cell.subscribe,
    load,
    setOnlyDefault: (onlyDefault) => set({ onlyDefault }),
    tagEvent: (e, category) => tag(e, 'event', category),
    tagSeries: (e, category) => tag(e, 'series', category),
    titleRule: (title, category) =>
      change(async () => {
        // Read afresh: the options page may have changed the list meanwhile.
        const next = withTitleRule(await effects.rules(), title, category, effects.newId());
        if (typeof next === 'string') throw new Error(next);
        await effects.saveRules(next);
      }, title),
    serve(e, target) {
      const week = cell.get().week;
      if (week?.state !== 'week') return Promise.resolve();
      const scope = servesScope(e, cell.get().serves[e.id]);
      const event = { id: e.id, seriesId: e.seriesId };
      return change(
        () => effects.setServes({ account: week.account, scope, event, target }),
        e.title,
      );
    },
    openOptions: () => effects.openOptions(),
  };
}
