import { startOfDay, subMonths } from 'date-fns';
import { useRef, useState } from 'preact/hooks';
import { dateOf } from '@/utils/shared/i18n/dates';
import { msg } from '@/utils/shared/i18n/msg';
import type { Settings } from '@/utils/domain/settings/settings';
import { ConfirmPanel } from './ConfirmPanel';
import type { DataStore } from './data-store';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useSay } from './use-say';
import { useStore } from '../use-store';

const RETENTION = [3, 6, 12, 24, 36, 60];
/** `6 months`, `2 years`, `6 Monate`, `2 Jahre`: Intl's words for a length of history. */
const monthsLabel = (m: number, lang: string) =>
  new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: m % 12 === 0 ? 'year' : 'month',
    unitDisplay: 'long',
  }).format(m % 12 === 0 ? m / 12 : m);

export interface DataSectionProps {
  settingsStore: SettingsStore;
  settings: Settings;
  data: DataStore;
}

/** History kept, backup, restore and reset: each destructive step confirmed in the page. */
export function DataSection({ settingsStore, settings, data }: DataSectionProps) {
  const { t, say, lang } = useSay();
  const state = useStore(data);
  const { save, status } = useSaver(settingsStore);
  const [shorter, setShorter] = useState<number | null>(null);
  const retention = useRef<HTMLSelectElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const reset = useRef<HTMLButtonElement>(null);
  const choices = [...new Set([...RETENTION, settings.retentionMonths])].sort((a, b) => a - b);
  const keep = async (months: number) => {
    setShorter(null);
    await save(
      { retentionMonths: months },
      msg('options_history_saved', monthsLabel(months, lang)),
    );
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
        <label for="retention">{t('options_history_kept')}</label>
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
              {m === 24 ? t('options_history_default', monthsLabel(m, lang)) : monthsLabel(m, lang)}
            </option>
          ))}
        </select>
        <p class="hint" id="retention-hint">
          {t('options_history_hint')}
        </p>
      </div>
      {shorter !== null && (
        <ConfirmPanel
          id="retention-confirm"
          title={t('options_history_confirm_title', monthsLabel(shorter, lang))}
          confirmLabel={t('options_history_confirm')}
          cancelLabel={t('options_history_cancel')}
          onConfirm={() => void keep(shorter)}
          onCancel={() => {
            setShorter(null);
            retention.current?.focus();
          }}
        >
          <p>
            {t(
              'options_history_body',
              dateOf(subMonths(startOfDay(data.now()), shorter).getTime(), lang),
            )}
          </p>
        </ConfirmPanel>
      )}
      {status}

      <h3>{t('options_backup_heading')}</h3>
      <p class="hint">{t('options_backup_hint')}</p>
      <div class="actions">
        <button type="button" disabled={state.busy} onClick={() => void data.backup()}>
          {t('options_backup_button')}
        </button>
      </div>

      <h3>{t('options_restore_heading')}</h3>
      <div class="field">
        <label for="restore-file">{t('options_restore_label')}</label>
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
          {t('options_restore_hint')}
        </p>
      </div>
      {state.pending && (
        <ConfirmPanel
          id="restore-confirm"
          title={t('options_restore_title', state.pending.fileName)}
          confirmLabel={t('options_restore_confirm')}
          cancelLabel={t('options_restore_cancel')}
          onConfirm={() => void data.confirmRestore().then(() => file.current?.focus())}
          onCancel={() => {
            data.cancelRestore();
            file.current?.focus();
          }}
        >
          <p>{say(state.pending.summary)}</p>
          <p>{t('options_restore_body')}</p>
        </ConfirmPanel>
      )}

      <h3>{t('options_reset_heading')}</h3>
      <div class="actions">
        <button
          type="button"
          ref={reset}
          class="danger-outline"
          disabled={state.busy}
          onClick={() => data.askReset()}
        >
          {t('options_reset_button')}
        </button>
      </div>
      {state.confirmingReset && (
        <ConfirmPanel
          id="reset-confirm"
          title={t('options_reset_title')}
          confirmLabel={t('options_reset_confirm')}
          cancelLabel={t('options_reset_cancel')}
          onConfirm={() => void data.confirmReset().then(() => reset.current?.focus())}
          onCancel={() => {
            data.cancelReset();
            reset.current?.focus();
          }}
        >
          <p>{t('options_reset_body')}</p>
        </ConfirmPanel>
      )}

      {state.message?.kind === 'error' && (
        <p class="error" role="alert">
          {say(state.message.text)}
        </p>
      )}
      <p class="notice" role="status">
        {state.message?.kind === 'done'
          ? say(state.message.text)
          : state.busy
            ? t('options_working')
            : ''}
      </p>
    </>
  );
}
