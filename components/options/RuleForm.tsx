import { useState } from 'preact/hooks';
import type { RuleType } from '@/utils/domain/rules/types';
import { CATEGORY_CHOICES, TEXT_LABEL, TYPE_LABEL, type RuleDraft } from './rule-draft';

export interface RuleFormProps {
  /** Unique per form on the page, for label and error ids. */
  id: string;
  initial: RuleDraft;
  submitLabel: string;
  /** Resolves to null when saved, or the message to show (nothing is saved then). */
  onSubmit(draft: RuleDraft): Promise<string | null>;
  onCancel?(): void;
}

/** Add or edit one rule. An invalid rule shows why, next to the field, and is not saved. */
export function RuleForm({ id, initial, submitLabel, onSubmit, onCancel }: RuleFormProps) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const edit = (patch: Partial<RuleDraft>) => {
    setDraft({ ...draft, ...patch });
    setError(null);
  };
  const textLabel = TEXT_LABEL[draft.type];

  async function submit(e: Event) {
    e.preventDefault();
    const message = await onSubmit(draft);
    setError(message);
    if (message === null && !onCancel) setDraft(initial);
  }

  return (
    <form class="rule-form" onSubmit={(e) => void submit(e)} noValidate>
      <label for={`${id}-type`}>Condition</label>
      <select
        id={`${id}-type`}
        value={draft.type}
        onChange={(e) => edit({ type: (e.currentTarget as HTMLSelectElement).value as RuleType })}
      >
        {(Object.keys(TYPE_LABEL) as RuleType[]).map((t) => (
          <option key={t} value={t}>
            {TYPE_LABEL[t]}
          </option>
        ))}
      </select>
      {textLabel && (
        <>
          <label for={`${id}-text`}>{textLabel}</label>
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
          Case-sensitive
        </label>
      )}
      {draft.type === 'guests' && (
        <>
          <label for={`${id}-guests`}>The event</label>
          <select
            id={`${id}-guests`}
            value={draft.hasGuests ? 'yes' : 'no'}
            onChange={(e) =>
              edit({ hasGuests: (e.currentTarget as HTMLSelectElement).value === 'yes' })
            }
          >
            <option value="yes">has guests</option>
            <option value="no">is solo (no guests)</option>
          </select>
        </>
      )}
      <label for={`${id}-category`}>Then</label>
      <select
        id={`${id}-category`}
        value={draft.category}
        onChange={(e) =>
          edit({
            category: (e.currentTarget as HTMLSelectElement).value as RuleDraft['category'],
          })
        }
      >
        {CATEGORY_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
