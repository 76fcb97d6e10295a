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
import { useSay } from './use-say';

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
  const { t, say, lang } = useSay();
  useEffect(() => {
    document.title = t('options_page_title');
    document.documentElement.lang = lang;
  }, [t, lang]);

  return (
    <main
      class="options"
      aria-busy={state.status === 'loading' || settingsState.status === 'loading'}
    >
      <h1>Polarity</h1>
      <p class="lead">{t('options_lead')}</p>
      <StorageAlert problem={settingsState.problem} />
      <UnreadableDataAlert />
      <GettingStarted effects={props.start ?? startEffects} />
      {settingsState.status === 'error' && (
        <p class="error" role="alert">
          {settingsState.error && say(settingsState.error)}
        </p>
      )}
      {settings && (
        <>
          <section aria-labelledby="target-h">
            <h2 id="target-h">{t('options_target_heading')}</h2>
            <TargetFieldset store={settingsStore} settings={settings} />
          </section>
          <section aria-labelledby="week-h">
            <h2 id="week-h">{t('options_week_heading')}</h2>
            <WorkWeekFieldset store={settingsStore} settings={settings} />
          </section>
          <section aria-labelledby="nudges-h">
            <h2 id="nudges-h">{t('options_nudges_heading')}</h2>
            <NudgesFieldset store={settingsStore} settings={settings} />
          </section>
          <WeekAheadFieldset store={settingsStore} settings={settings} />
        </>
      )}
      <section aria-labelledby="rules-h">
        <h2 id="rules-h">{t('options_rules_heading')}</h2>
        <p class="lead">{t('options_rules_lead')}</p>
        {state.status === 'error' && (
          <p class="error" role="alert">
            {state.error && say(state.error)}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <RuleList store={store} rules={state.rules} />
            <h3>{t('options_add_rule_heading')}</h3>
            <RuleForm
              id="new-rule"
              initial={EMPTY_DRAFT}
              submitLabel={t('options_add_rule')}
              onSubmit={(d) => store.addRule({ when: conditionOf(d), category: d.category })}
            />
            <h3>{t('options_keywords_heading')}</h3>
            <KeywordsEditor
              key={state.keywords.join('\n')}
              store={store}
              keywords={state.keywords}
            />
            <h3>{t('options_try_heading')}</h3>
            <TitleTester rules={state.rules} keywords={state.keywords} />
          </>
        )}
        <p class="notice" role="status">
          {state.status === 'ready' && state.error
            ? say(state.error)
            : state.notice
              ? say(state.notice)
              : ''}
        </p>
      </section>
      {settings && (
        <section aria-labelledby="data-h">
          <h2 id="data-h">{t('options_data_heading')}</h2>
          <DataSection settingsStore={settingsStore} settings={settings} data={dataStore} />
        </section>
      )}
    </main>
  );
}
