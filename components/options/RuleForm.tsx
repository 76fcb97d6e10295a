import { useState } from 'preact/hooks';
import type { RuleType } from '@/utils/domain/rules/types';
import type { Msg } from '@/utils/shared/i18n/msg';
import { CATEGORIES } from '@/utils/shared/types';
import type { RuleDraft } from './rule-draft';
import { CATEGORY_KEY, TEXT_KEY, TYPE_KEY } from './rule-text';
import { useSay } from './use-say';

export interface RuleFormProps {
  /** Unique per form on the page, for label and error ids. */
  id: string;
  initial: RuleDraft;
  submitLabel: string;
  /** Resolves to null when saved, or the sentence to show (nothing is saved then). */
  onSubmit(draft: RuleDraft): Promise<Msg | null>;
  onCancel?(): void;
}

/** Add or edit one rule. An invalid rule shows why, next to the field, and is not saved. */
export function RuleForm({ id, initial, submitLabel, onSubmit, onCancel }: RuleFormProps) {
  const { t, say } = useSay();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<Msg | null>(null);
  const edit = (patch: Partial<RuleDraft>) => {
    setDraft({ ...draft, ...patch });
    setError(null);
  };
  const textKey = TEXT_KEY[draft.type];

  async function submit(e: Event) {
    e.preventDefault();
    const message = await onSubmit(draft);
    setError(message);
    if (message === null && !onCancel) setDraft(initial);
  }

  return (
    <form class="rule-form" onSubmit={(e) => void submit(e)} noValidate>
      <label for={`${id}-type`}>{t('options_condition')}</label>
      <select
        id={`${id}-type`}
        value={draft.type}
        onChange={(e) => edit({ type: (e.currentTarget as HTMLSelectElement).value as RuleType })}
      >
        {(Object.keys(TYPE_KEY) as RuleType[]).map((type) => (
          <option key={type} value={type}>
            {t(TYPE_KEY[type])}
          </option>
        ))}
      </select>
      {textKey && (
        <>
          <label for={`${id}-text`}>{t(textKey)}</label>
          <input
            id={`${id}-text`}
            type="text"
            value={draft.text}
            spellcheck={false}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => edit({ text: (e.currentTarget as HTMLInputElement).value })}
          />
        </>
      )}
      {draft.type === 'regex' && (
        <label class="inline">
          <input
            type="checkbox"
            checked={draft.caseSensitive}
            onChange={(e) => edit({ caseSensitive: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('options_case_sensitive')}
        </label>
      )}
      {draft.type === 'guests' && (
        <>
          <label for={`${id}-guests`}>{t('options_the_event')}</label>
          <select
            id={`${id}-guests`}
            value={draft.hasGuests ? 'yes' : 'no'}
            onChange={(e) =>
              edit({ hasGuests: (e.currentTarget as HTMLSelectElement).value === 'yes' })
            }
          >
            <option value="yes">{t('options_has_guests')}</option>
            <option value="no">{t('options_is_solo')}</option>
          </select>
        </>
      )}
      <label for={`${id}-category`}>{t('options_then')}</label>
      <select
        id={`${id}-category`}
        value={draft.category}
        onChange={(e) =>
          edit({
            category: (e.currentTarget as HTMLSelectElement).value as RuleDraft['category'],
          })
        }
      >
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(CATEGORY_KEY[c])}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {say(error)}
        </p>
      )}
      <div class="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
