import { startOfDay, subMonths } from 'date-fns';
import { dateOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import { useRef, useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/settings';
import { ConfirmPanel } from './ConfirmPanel';
import type { DataStore } from './data-store';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useStore } from '../use-store';

const RETENTION = [3, 6, 12, 24, 36, 60];
const monthsLabel = (m: number) =>
  m % 12 === 0 ? `${m / 12} year${m === 12 ? '' : 's'}` : `${m} month${m === 1 ? '' : 's'}`;

export interface DataSectionProps {
  settingsStore: SettingsStore;
  settings: Settings;
  data: DataStore;
}

/** History kept, backup, restore and reset: each destructive step confirmed in the page. */
export function DataSection({ settingsStore, settings, data }: DataSectionProps) {
  const { lang } = useText();
  const state = useStore(data);
  const { save, status } = useSaver(settingsStore);
  const [shorter, setShorter] = useState<number | null>(null);
  const retention = useRef<HTMLSelectElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const reset = useRef<HTMLButtonElement>(null);
  const choices = [...new Set([...RETENTION, settings.retentionMonths])].sort((a, b) => a - b);
  const keep = async (months: number) => {
    setShorter(null);
    await save({ retentionMonths: months }, `History kept: ${monthsLabel(months)}.`);
    retention.current?.focus();
  };

  async function onFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    data.chooseFile(chosen.name, await chosen.text());
    input.value = ''; // the same file can be chosen again
  }

  return (
    <>
      <div class="field">
        <label for="retention">History kept</label>
        <select
          id="retention"
          ref={retention}
          value={String(settings.retentionMonths)}
          aria-describedby="retention-hint"
          onChange={(e) => {
            const months = Number((e.currentTarget as HTMLSelectElement).value);
            if (months < settings.retentionMonths) setShorter(months);
            else void keep(months);
          }}
        >
          {choices.map((m) => (
            <option key={m} value={String(m)}>
              {monthsLabel(m)}
              {m === 24 ? ' (default)' : ''}
            </option>
          ))}
        </select>
        <p class="hint" id="retention-hint">
          Older weeks are deleted every day. Series tags stay.
        </p>
      </div>
      {shorter !== null && (
        <ConfirmPanel
          id="retention-confirm"
          title={`Keep only ${monthsLabel(shorter)} of history?`}
          confirmLabel="Delete older history"
          cancelLabel="Keep it"
          onConfirm={() => void keep(shorter)}
          onCancel={() => {
            setShorter(null);
            retention.current?.focus();
          }}
        >
          <p>
            Everything before {dateOf(subMonths(startOfDay(data.now()), shorter).getTime(), lang)}{' '}
            is deleted now: stored days, their overrides, and tags of events no longer shown. Back
            up first if you may want it again.
          </p>
        </ConfirmPanel>
      )}
      {status}

      <h3>Backup</h3>
      <p class="hint">
        One JSON file with everything: history, tags, overrides, rules and settings. It stays on
        your computer.
      </p>
      <div class="actions">
        <button type="button" disabled={state.busy} onClick={() => void data.backup()}>
          Back up all data
        </button>
      </div>

      <h3>Restore</h3>
      <div class="field">
        <label for="restore-file">Restore from a backup file</label>
        <input
          id="restore-file"
          ref={file}
          type="file"
          accept=".json,application/json"
          disabled={state.busy}
          aria-describedby="restore-hint"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
        <p class="hint" id="restore-hint">
          The whole file is checked first; a damaged or foreign file is refused and nothing changes.
        </p>
      </div>
      {state.pending && (
        <ConfirmPanel
          id="restore-confirm"
          title={`Replace all your data with ${state.pending.fileName}?`}
          confirmLabel="Replace my data"
          cancelLabel="Cancel restore"
          onConfirm={() => void data.confirmRestore().then(() => file.current?.focus())}
          onCancel={() => {
            data.cancelRestore();
            file.current?.focus();
          }}
        >
          <p>{state.pending.summary}</p>
          <p>What Polarity holds now is replaced, all at once.</p>
        </ConfirmPanel>
      )}

      <h3>Start over</h3>
      <div class="actions">
        <button
          type="button"
          ref={reset}
          class="danger-outline"
          disabled={state.busy}
          onClick={() => data.askReset()}
        >
          Delete all data…
        </button>
      </div>
      {state.confirmingReset && (
        <ConfirmPanel
          id="reset-confirm"
          title="Delete all Polarity data?"
          confirmLabel="Delete everything"
          cancelLabel="Keep my data"
          onConfirm={() => void data.confirmReset().then(() => reset.current?.focus())}
          onCancel={() => {
            data.cancelReset();
            reset.current?.focus();
          }}
        >
          <p>
            Every stored week, tag and override is deleted from this browser, and rules and settings
            go back to their defaults (on your other synced browsers too). This cannot be undone:
            back up first if you may want it again.
          </p>
        </ConfirmPanel>
      )}

      {state.message?.kind === 'error' && (
        <p class="error" role="alert">
          {state.message.text}
        </p>
      )}
      <p class="notice" role="status">
        {state.message?.kind === 'done' ? state.message.text : state.busy ? 'Working…' : ''}
      </p>
    </>
  );
}
