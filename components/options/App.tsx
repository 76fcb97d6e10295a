import { useEffect, useState } from 'preact/hooks';
import { dataEffects } from './data-effects';
import { createDataStore, type DataStore } from './data-store';
import { DataSection } from './DataSection';
import { GettingStarted, type StartEffects } from './GettingStarted';
import { KeywordsEditor } from './KeywordsEditor';
import { NudgesFieldset } from './NudgesFieldset';
import { conditionOf, EMPTY_DRAFT } from './rule-draft';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { settingsEffects } from './settings-effects';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { StorageAlert } from './StorageAlert';
import { UnreadableDataAlert } from './UnreadableDataAlert';
import { startEffects } from './start-effects';
import { storageEffects } from './storage-effects';
import { createOptionsStore, type OptionsStore } from './store';
import { TargetFieldset } from './TargetFieldset';
import { TitleTester } from './TitleTester';
import { useStore } from '../use-store';
import { WorkWeekFieldset } from './WorkWeekFieldset';
import { WeekAheadFieldset } from './WeekAheadFieldset';

export interface AppProps {
  store?: OptionsStore;
  settingsStore?: SettingsStore;
  dataStore?: DataStore;
  start?: StartEffects;
}

/**
 * The options page: target, working week, nudges, rules and your data. Every
 * change is saved as it is made and takes effect at once: the background
 * watches the stored settings and rules, redraws the badge and tells the
 * calendar tabs; the popup reads them each time it opens.
 */
export function App(props: AppProps) {
  // One store each for the page's life (a default argument would make one per render).
  const [store] = useState(() => props.store ?? createOptionsStore(storageEffects));
  const [settingsStore] = useState(
    () => props.settingsStore ?? createSettingsStore(settingsEffects),
  );
  const [dataStore] = useState(() => props.dataStore ?? createDataStore(dataEffects));
  const state = useStore(store);
  const settingsState = useStore(settingsStore);
  useEffect(() => {
    void store.load();
    return store.watch();
  }, [store]);
  useEffect(() => {
    void settingsStore.load();
    return settingsStore.watch();
  }, [settingsStore]);
  const settings = settingsState.status === 'ready' ? settingsState.settings : undefined;

  return (
    <main
      class="options"
      aria-busy={state.status === 'loading' || settingsState.status === 'loading'}
    >
      <h1>Polarity</h1>
      <p class="lead">
        Changes are saved as you make them and show at once on the badge, in the popup and on Google
        Calendar. Everything stays in this browser.
      </p>
      <StorageAlert problem={settingsState.problem} />
      <UnreadableDataAlert />
      <GettingStarted effects={props.start ?? startEffects} />
      {settingsState.status === 'error' && (
        <p class="error" role="alert">
          {settingsState.error}
        </p>
      )}
      {settings && (
        <>
          <section aria-labelledby="target-h">
            <h2 id="target-h">Target</h2>
            <TargetFieldset store={settingsStore} settings={settings} />
          </section>
          <section aria-labelledby="week-h">
            <h2 id="week-h">Working week</h2>
            <WorkWeekFieldset store={settingsStore} settings={settings} />
          </section>
          <section aria-labelledby="nudges-h">
            <h2 id="nudges-h">Nudges</h2>
            <NudgesFieldset store={settingsStore} settings={settings} />
          </section>
          <WeekAheadFieldset store={settingsStore} settings={settings} />
        </>
      )}
      <section aria-labelledby="rules-h">
        <h2 id="rules-h">Rules</h2>
        <p class="lead">
          Each event is classified by the first of these that applies: your tag on the event, your
          tag on its series, your rules in order (first match wins), then the built-in keywords.
        </p>
        {state.status === 'error' && (
          <p class="error" role="alert">
            {state.error}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <RuleList store={store} rules={state.rules} />
            <h3>Add a rule</h3>
            <RuleForm
              id="new-rule"
              initial={EMPTY_DRAFT}
              submitLabel="Add rule"
              onSubmit={(d) => store.addRule({ when: conditionOf(d), category: d.category })}
            />
            <h3>Built-in keywords</h3>
            <KeywordsEditor
              key={state.keywords.join('\n')}
              store={store}
              keywords={state.keywords}
            />
            <h3>Try it</h3>
            <TitleTester rules={state.rules} keywords={state.keywords} />
          </>
        )}
        <p class="notice" role="status">
          {state.status === 'ready' && state.error ? state.error : (state.notice ?? '')}
        </p>
      </section>
      {settings && (
        <section aria-labelledby="data-h">
          <h2 id="data-h">Your data</h2>
          <DataSection settingsStore={settingsStore} settings={settings} data={dataStore} />
        </section>
      )}
    </main>
  );
}
