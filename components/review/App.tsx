import { useEffect } from 'preact/hooks';
import type { ReviewEvent, WeekEvents } from '@/utils/domain/report/week-events';
import { regexLabel } from '@/utils/domain/rules/compile-regex';
import { asMsg } from '@/utils/shared/i18n/check-msg';
import type { Rule } from '@/utils/domain/rules/types';
import { slot, weekSpan } from '@/utils/shared/i18n/dates';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { CATEGORIES, type Category } from '@/utils/shared/types';
import { useStore } from '../use-store';
import { useText, type Text } from '../use-text';
import { groupEvents, type SeriesGroup, type TitleGroup } from './group-events';
import { ServesSelect } from './ServesSelect';
import type { ReviewStore } from './store';
import { titleRuleIndex } from './title-rule';
import { weekNumber } from '../popup/format-hours';

/** Why the event has its category, in the reader's words; older data keeps its English. */
function reasonText(e: ReviewEvent, text: Text): string {
  const because = asMsg(e.because);
  return (because && text.say(because)) || e.reason;
}

/** A title rule's condition in the reader's words (this page writes only title rules). */
const ruleWhy = (when: Rule['when'], { t }: Text): string =>
  when.type === 'regex' ? t('rule_why_regex', regexLabel(when.pattern, when.caseSensitive)) : '';

const CATEGORY: Record<Category, MessageKey> = {
  execution: 'page_execution',
  innovation: 'page_innovation',
  excluded: 'page_exclude',
};
const isWebUrl = (url: string) => url.startsWith('https://');

/** A category choice; '' is Auto (no tag) or No rule. */
function CategorySelect(props: {
  id: string;
  label: string;
  value: Category | undefined;
  none: string;
  disabled?: boolean;
  onChange(c: Category | null): void;
}) {
  const { t } = useText();
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(e) =>
        props.onChange(((e.target as HTMLSelectElement).value || null) as Category | null)
      }
    >
      <option value="">{props.none}</option>
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(CATEGORY[c])}
        </option>
      ))}
    </select>
  );
}

function EventRow({ e, store, text }: { e: ReviewEvent; store: ReviewStore; text: Text }) {
  const { t, lang } = text;
  const when = slot(e.start, e.end, lang);
  return (
    <li class={`review-event review-event--${e.category}`}>
      <span class="review-event__when">{when}</span>
      <span class="review-event__category" data-category={e.category}>
        <span class={`swatch swatch--${e.category}`} aria-hidden="true" />
        {t(CATEGORY[e.category])}
      </span>
      <span class="review-event__reason muted">
        {reasonText(e, text)}
        {e.source === 'default' && <span class="review-badge"> · {t('review_by_default')}</span>}
      </span>
      <CategorySelect
        id={`event-${e.id}`}
        label={t('review_event', e.title, when)}
        value={e.eventTag}
        none={t('review_auto')}
        onChange={(c) => void store.tagEvent(e, c)}
      />
      <ServesSelect e={e} when={when} store={store} text={text} />
    </li>
  );
}

function Series({ s, store, text }: { s: SeriesGroup; store: ReviewStore; text: Text }) {
  const { t } = text;
  const first = s.events[0]!;
  return (
    <div class="review-series">
      {s.recurring && (
        <p class="review-control">
          <label for={`series-${s.seriesId}`}>{t('review_series')}</label>
          <CategorySelect
            id={`series-${s.seriesId}`}
            label={`${t('review_series')}: ${first.title}`}
            value={s.seriesTag}
            none={t('review_auto')}
            onChange={(c) => void store.tagSeries(first, c)}
          />
        </p>
      )}
      <ul class="review-events">
        {s.events.map((e) => (
          <EventRow key={e.id} e={e} store={store} text={text} />
        ))}
      </ul>
    </div>
  );
}

function Group({
  g,
  i,
  rules,
  store,
  text,
}: {
  g: TitleGroup;
  i: number;
  rules: Rule[];
  store: ReviewStore;
  text: Text;
}) {
  const { t } = text;
  const at = titleRuleIndex(rules, g.title);
  const rule = at >= 0 ? rules[at] : undefined;
  const id = `group-${i}`;
  return (
    <section class="review-group" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span class="title">{g.title}</span>{' '}
        <span class="muted review-count">{t('review_group_count', g.count)}</span>
      </h2>
      <p class="review-control">
        <label for={`${id}-rule`}>{t('review_title_rule')}</label>
        <CategorySelect
          id={`${id}-rule`}
          label={`${t('review_title_rule')}: ${g.title}`}
          value={rule?.category}
          none={t('review_no_rule')}
          onChange={(c) => void store.titleRule(g.title, c)}
        />
      </p>
      {rule && (
        <p class="review-rule small" data-testid="title-rule">
          {t('review_title_rule_saved', at + 1, ruleWhy(rule.when, text))}
        </p>
      )}
      {g.series.map((s) => (
        <Series key={s.seriesId} s={s} store={store} text={text} />
      ))}
    </section>
  );
}

function Week({ week, store }: { week: WeekEvents; store: ReviewStore }) {
  const state = useStore(store);
  const text = useText();
  const { t } = text;
  const groups = groupEvents(week.events, state.onlyDefault);
  if (week.events.length === 0) {
    return (
      <p>
        {t('review_empty')}{' '}
        {isWebUrl(week.calendarUrl) && (
          <a href={week.calendarUrl} target="_blank" rel="noopener noreferrer">
            {t('review_open_week')}
          </a>
        )}
      </p>
    );
  }
  return (
    <>
      {groups.length === 0 && <p>{t('review_filter_empty')}</p>}
      {groups.map((g, i) => (
        <Group key={g.key} g={g} i={i} rules={state.rules} store={store} text={text} />
      ))}
    </>
  );
}

/** The week's events by title and series, to check what the defaults decided and correct it in bulk. */
export function App({ store }: { store: ReviewStore }) {
  const state = useStore(store);
  const text = useText();
  const { t, lang } = text;
  useEffect(() => {
    document.title = `${t('review_title')} · Polarity`;
    if (!store.get().week) void store.load(store.get().offset);
  }, [store, t]);
  const week = state.week;
  return (
    <main class="review" aria-busy={state.status === 'loading'}>
      <header class="review-header">
        <div>
          <h1>{t('review_title')}</h1>
          {week?.state === 'week' && (
            <p class="muted">
              {weekSpan(week.days, lang)} · {weekNumber(week.isoWeek, text)}
            </p>
          )}
        </div>
        <nav aria-label={t('review_weeks')} class="review-nav">
          <button type="button" onClick={() => void store.load(state.offset - 1)}>
            {t('review_previous')}
          </button>
          <button type="button" onClick={() => void store.load(state.offset + 1)}>
            {t('review_next')}
          </button>
        </nav>
      </header>
      <p class="review-intro">{t('review_intro')}</p>
      <p class="review-tools">
        <label>
          <input
            type="checkbox"
            checked={state.onlyDefault}
            onChange={(e) => store.setOnlyDefault((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('review_filter_default')}
        </label>
        <button type="button" class="link" onClick={store.openOptions}>
          {t('review_rules_link')}
        </button>
      </p>
      <p class="review-notice" role="status">
        {state.notice &&
          (state.notice.ok
            ? t('review_saved', state.notice.detail)
            : t('review_failed', state.notice.detail))}
      </p>
      {state.status === 'error' && (
        <p class="alert" role="alert">
          {state.error}
        </p>
      )}
      {!week && state.status === 'loading' && <p>{t('review_loading')}</p>}
      {week?.state === 'first-run' && <p>{t('review_first_run')}</p>}
      {week?.state === 'week' && <Week week={week} store={store} />}
    </main>
  );
}
