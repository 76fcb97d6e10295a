import { useEffect, useRef } from 'preact/hooks';
import { AfterHours } from './AfterHours';
import { Coverage } from './Coverage';
import { DailyChart } from './DailyChart';
import { ExportButtons } from './ExportButtons';
import { FirstRun } from './FirstRun';
import { InnovationBlocks } from './InnovationBlocks';
import { LargestExecution } from './LargestExecution';
import { LoadError } from './LoadError';
import { NoData } from './NoData';
import { ReadView } from './ReadView';
import { ServedExecution } from './ServedExecution';
import { ReflectionQuestion } from './ReflectionQuestion';
import { SplitBar } from './SplitBar';
import { StorageWarning } from './StorageWarning';
import type { PopupStore } from './store';
import { TrendChart } from './TrendChart';
import { Unreadable } from './Unreadable';
import { UnreadableDataNote } from '../UnreadableDataNote';
import { useStore } from '../use-store';
import { WeekAhead } from './WeekAhead';
import { WeekNav } from './WeekNav';

/** The weekly summary. All data comes from the store; the store is fed by the background. */
export function App({ store }: { store: PopupStore }) {
  const state = useStore(store);
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
      />
      {week?.storageProblem && <StorageWarning problem={week.storageProblem} />}
      <UnreadableDataNote count={week?.unreadableData} />
      {state.status === 'error' && (
        <LoadError error={state.error} onRetry={() => void store.load(state.offset)} />
      )}
      {!week && state.status === 'loading' && (
        <p class="loading" role="status">
          Loading your week…
        </p>
      )}
      {week && (
        <>
          {week.ahead && <WeekAhead ahead={week.ahead} onOpen={store.openTab} />}
          {week.unreadable !== undefined && (
            <Unreadable reason={week.unreadable} onShowRead={() => void store.showRead()} />
          )}
          {week.hasData ? (
            <>
              <SplitBar split={week.split} />
              <Coverage coverage={week.coverage} />
              <DailyChart days={week.daily} />
              <InnovationBlocks blocks={week.blocks} />
              <AfterHours summary={week.afterHours} />
              <LargestExecution items={week.largest} />
              <ServedExecution offset={week.offset} />
            </>
          ) : (
            <NoData calendarUrl={week.coverage.calendarUrl} />
          )}
          <TrendChart points={week.trend} target={week.split.targetPercent} />
          <ReflectionQuestion question={week.question} />
          {week.hasData && (
            <ExportButtons
              onCsv={store.exportCsv}
              onJson={() => void store.exportJson()}
              notice={state.notice}
            />
          )}
          <p class="read-link">
            <button type="button" class="link" onClick={() => void store.showRead()}>
              Show what Polarity read
            </button>
          </p>
        </>
      )}
    </main>
  );
}
