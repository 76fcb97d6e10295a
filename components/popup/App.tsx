import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { WeekReport } from '@/utils/domain/report/week-report';
import { AfterHours } from './AfterHours';
import { Coverage } from './Coverage';
import { DailyChart } from './DailyChart';
import { ExportButtons } from './ExportButtons';
import { FirstRun } from './FirstRun';
import { Fold } from './Fold';
import { HistoryGaps } from './HistoryGaps';
import { InnovationBlocks } from './InnovationBlocks';
import { LargestExecution } from './LargestExecution';
import { LoadError } from './LoadError';
import { NextStep } from './NextStep';
import { NoData } from './NoData';
import { Overrides } from './Overrides';
import { ReadView } from './ReadView';
import { ServedExecution } from './ServedExecution';
import { ReflectionQuestion } from './ReflectionQuestion';
import { SplitBar } from './SplitBar';
import { StorageWarning } from './StorageWarning';
import type { PopupState, PopupStore } from './store';
import { TrendChart } from './TrendChart';
import { Unreadable } from './Unreadable';
import { UnreadableDataNote } from '../UnreadableDataNote';
import { useStore } from '../use-store';
import { useText } from '../use-text';
import { PlanGlance } from './PlanGlance';
import { WeekAhead } from './WeekAhead';
import { WeekNav } from './WeekNav';

/** What a part of the popup gets: the week, and the store for its actions. */
export interface PartProps {
  week: WeekReport;
  store: PopupStore;
  state: PopupState;
}

/**
 * The first screen, in order: what a glance at the popup must answer within
 * its 600 px (the e2e test measures it). A part for the week ahead goes here
 * as one more entry.
 */
export const FIRST_SCREEN: readonly ComponentType<PartProps>[] = [
  ({ week }) => <SplitBar split={week.split} />,
  ({ week, store }) => week.ahead && <PlanGlance ahead={week.ahead} onOpen={store.openTab} />,
  ({ week }) => <Coverage coverage={week.coverage} />,
  ({ week }) => <Overrides blocks={week.blocks} />,
  ({ week, store }) => <NextStep step={week.next} onReview={store.openReview} />,
];

function Sections({ week, store, state }: PartProps) {
  const { t } = useText();
  const fold = (id: string, title: string, body: preact.ComponentChildren) => (
    <Fold id={id} title={title} open={state.sections[id] === true} onToggle={store.toggleSection}>
      {body}
    </Fold>
  );
  return (
    <section class="more" aria-labelledby="more-h">
      <h2 id="more-h" class="visually-hidden">
        {t('popup_more_heading')}
      </h2>
      {week.ahead &&
        fold('ahead', t('plan_heading'), <WeekAhead ahead={week.ahead} onOpen={store.openTab} />)}
      {week.hasData &&
        fold('blocks', t('popup_section_blocks'), <InnovationBlocks blocks={week.blocks} />)}
      {week.hasData && fold('daily', t('popup_section_daily'), <DailyChart days={week.daily} />)}
      {fold(
        'trend',
        t('popup_section_trend', week.trend.length),
        <>
          <TrendChart points={week.trend} target={week.split.targetPercent} />
          <HistoryGaps gaps={week.gaps} />
        </>,
      )}
      {week.hasData &&
        week.afterHours.innovationMin > 0 &&
        fold(
          'after-hours',
          t('popup_section_after_hours'),
          <AfterHours summary={week.afterHours} />,
        )}
      {week.hasData &&
        week.largest.length > 0 &&
        fold('largest', t('popup_section_largest'), <LargestExecution items={week.largest} />)}
      {week.hasData &&
        fold('served', t('serves_heading'), <ServedExecution offset={week.offset} />)}
      {fold(
        'question',
        t('popup_section_question'),
        <ReflectionQuestion question={week.question} />,
      )}
      {week.hasData &&
        fold(
          'export',
          t('popup_section_export'),
          <ExportButtons
            onCsv={store.exportCsv}
            onJson={() => void store.exportJson()}
            notice={state.notice}
            detail={state.noticeDetail}
          />,
        )}
    </section>
  );
}

/** The weekly summary. All data comes from the store; the store is fed by the background. */
export function App({ store }: { store: PopupStore }) {
  const state = useStore(store);
  const { t } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const report = state.report;
  const loading = state.status === 'loading';
  useEffect(() => {
    if (!store.get().report) void store.load(store.get().offset);
  }, [store]);

  if (state.read) {
    return (
      <main class="popup">
        <ReadView
          panel={state.read}
          onBack={store.hideRead}
          onSaveReport={() => void store.savePageReport()}
        />
      </main>
    );
  }

  if (report?.state === 'first-run') {
    return (
      <main class="popup" aria-busy={loading}>
        <FirstRun calendarUrl={report.calendarUrl} onOpen={store.openTab} />
      </main>
    );
  }

  // While the next week loads, the last one stays on screen, under its own
  // title, so nothing flashes empty between two weeks.
  const week = report?.state === 'week' ? report : undefined;
  return (
    <main class="popup" aria-busy={loading}>
      <div class="first-screen" data-testid="first-screen">
        <WeekNav
          offset={week?.offset ?? state.offset}
          days={week?.days}
          isoWeek={week?.isoWeek}
          account={week && week.accounts.length > 1 ? week.account : undefined}
          headingRef={heading}
          onPrevious={() => void store.previous()}
          onNext={() => void store.next()}
          onThisWeek={() => {
            // The button disappears on the current week: keep focus somewhere sensible.
            heading.current?.focus();
            void store.thisWeek();
          }}
          onSettings={store.openOptions}
        />
        {week?.storageProblem && <StorageWarning problem={week.storageProblem} />}
        <UnreadableDataNote count={week?.unreadableData} />
        {state.status === 'error' && (
          <LoadError error={state.error} onRetry={() => void store.load(state.offset)} />
        )}
        {!week && state.status === 'loading' && (
          <p class="loading" role="status">
            {t('popup_loading')}
          </p>
        )}
        {week?.unreadable !== undefined && (
          <Unreadable reason={week.unreadable} onShowRead={() => void store.showRead()} />
        )}
        {week &&
          (week.hasData ? (
            FIRST_SCREEN.map((Part, i) => <Part key={i} week={week} store={store} state={state} />)
          ) : (
            <NoData calendarUrl={week.coverage.calendarUrl} />
          ))}
      </div>
      {week && (
        <>
          <Sections week={week} store={store} state={state} />
          <p class="read-link">
            <button type="button" class="link" onClick={store.openReview}>
              {t('popup_review')}
            </button>
            {' · '}
            <button type="button" class="link" onClick={() => void store.showRead()}>
              {t('popup_show_read')}
            </button>
          </p>
        </>
      )}
    </main>
  );
}
