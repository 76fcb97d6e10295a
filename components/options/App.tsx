import { useEffect, useState } from 'preact/hooks';
import { KeywordsEditor } from './KeywordsEditor';
import { conditionOf, EMPTY_DRAFT } from './rule-draft';
import { RuleForm } from './RuleForm';
import { RuleList } from './RuleList';
import { storageEffects } from './storage-effects';
import { createOptionsStore, type OptionsStore } from './store';
import { TitleTester } from './TitleTester';
import { useStore } from './use-store';

/** The options page. First version: the rules; settings join it later. */
export function App(props: { store?: OptionsStore }) {
  // One store for the page's life (a default argument would make one per render).
  const [store] = useState(() => props.store ?? createOptionsStore(storageEffects));
  const state = useStore(store);
  useEffect(() => {
    void store.load();
    return store.watch();
  }, [store]);

  return (
    <main class="options" aria-busy={state.status === 'loading'}>
      <h1>Polarity</h1>
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
    </main>
  );
}
