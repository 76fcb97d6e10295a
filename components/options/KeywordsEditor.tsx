import { useState } from 'preact/hooks';
import type { OptionsStore } from './store';

/**
 * The built-in innovation keywords: the last rule, editable, one per line.
 * The parent keys it on the stored list, so a change saved elsewhere resets it.
 */
export function KeywordsEditor({ store, keywords }: { store: OptionsStore; keywords: string[] }) {
  const [text, setText] = useState(keywords.join('\n'));
  const [error, setError] = useState<string | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    setError(await store.saveKeywords(text.split('\n')));
  }

  return (
    <form class="keywords" onSubmit={(e) => void save(e)}>
      <label for="keywords">
        Innovation keywords (one per line; whole words, any case). Every other timed event is
        execution; all-day events, out of office, working location, tasks, holidays and birthdays
        are excluded.
      </label>
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
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">Save keywords</button>
        <button type="button" onClick={() => void store.resetKeywords()}>
          Restore the built-in list
        </button>
      </div>
    </form>
  );
}
