import type { TagState } from '@/utils/classify/tag-state';
import type { TagScope } from '@/utils/db/tags';
import type { Category } from '@/utils/types';

export interface TagControlProps {
  /** Undefined until the background has classified the event. */
  state?: TagState;
  /** A recurring instance: the user chooses this event or the whole series. */
  recurring: boolean;
  /** False for all-day events, tasks and the like: they never count, whatever the tag. */
  countable: boolean;
  scope: TagScope;
  onScope(scope: TagScope): void;
  /** null: back to Auto. */
  onChoose(category: Category | null): void;
  busy?: boolean;
  error?: string;
}

// Accessible names are the product contract (product.md): exactly these words.
const CHOICES: readonly { label: string; category: Category | null }[] = [
  { label: 'Execution', category: 'execution' },
  { label: 'Innovation', category: 'innovation' },
  { label: 'Exclude', category: 'excluded' },
  { label: 'Auto', category: null },
];

/** Arrow keys move along the buttons, as in a toolbar; Tab still leaves the group. */
function onArrows(e: KeyboardEvent) {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const group = e.currentTarget as HTMLElement;
  const buttons = [...group.querySelectorAll('button')];
  const i = buttons.indexOf(e.target as HTMLButtonElement);
  if (i < 0) return;
  const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
  next?.focus();
  e.preventDefault();
}

/**
 * The category control in Calendar's event popover. A category button is
 * pressed when it is the event's current category; Auto is pressed when no
 * hand tag decides it, so "Innovation + Auto" reads "innovation, by the rules".
 */
export function TagControl(props: TagControlProps) {
  const { state, recurring, countable, scope, busy } = props;
  const auto = state !== undefined && state.source !== 'tag' && state.source !== 'series-tag';
  const pressed = (category: Category | null) =>
    state !== undefined && (category === null ? auto : state.category === category);
  return (
    <section class="polarity" aria-label="Polarity category">
      <div class="row">
        <span class="brand" aria-hidden="true">
          Polarity
        </span>
        <div class="choices" role="group" aria-label="Category" onKeyDown={onArrows}>
          {CHOICES.map(({ label, category }) => (
            <button
              key={label}
              type="button"
              class={`choice ${category ?? 'auto'}`}
              aria-pressed={pressed(category)}
              disabled={!countable || state === undefined}
              aria-busy={busy}
              onClick={() => {
                if (!busy) props.onChoose(category);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {recurring && countable && (
        <fieldset class="scope">
          <legend>Apply to</legend>
          {(['event', 'series'] as const).map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="polarity-scope"
                value={s}
                checked={scope === s}
                onChange={() => props.onScope(s)}
              />
              {s === 'event' ? 'This event' : 'All events in the series'}
            </label>
          ))}
        </fieldset>
      )}
      <p class="reason" aria-live="polite">
        {props.error ?? (state ? state.reason : 'Reading…')}
        {!countable && state && ' · never counted'}
      </p>
    </section>
  );
}
