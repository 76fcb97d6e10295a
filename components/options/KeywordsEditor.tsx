import { useState } from 'preact/hooks';
import type { Msg } from '@/utils/shared/i18n/msg';
import type { OptionsStore } from './store';
import { useSay } from './use-say';

/**
 * The built-in innovation keywords: the last rule, editable, one per line.
 * The parent keys it on the stored list, so a change saved elsewhere resets it.
 */
export function KeywordsEditor({ store, keywords }: { store: OptionsStore; keywords: string[] }) {
  const [text, setText] = useState(keywords.join('\n'));
  const { t, say } = useSay();
  const [error, setError] = useState<Msg | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    setError(await store.saveKeywords(text.split('\n')));
  }

  return (
    <form class="keywords" onSubmit={(e) => void save(e)}>
      <label for="keywords">{t('options_keywords_label')}</label>
      <textarea
        id="keywords"
        rows={8}
        value={text}
        spellcheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? 'keywords-error' : undefined}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setError(null);
        }}
      />
      {error && (
        <p id="keywords-error" class="error" role="alert">
          {say(error)}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('options_save_keywords')}</button>
        <button type="button" onClick={() => void store.resetKeywords()}>
          {t('options_restore_keywords')}
        </button>
      </div>
    </form>
  );
}
