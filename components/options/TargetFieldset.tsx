import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/settings';
import {
  CUSTOM_MAX,
  CUSTOM_MIN,
  TARGET_PRESETS,
  type PresetId,
} from '@/utils/domain/settings/target-presets';
import { msg, type MessageKey, type Msg } from '@/utils/shared/i18n/msg';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useSay } from './use-say';

const idOf = (preset: string) => `target-${preset.replace('/', '-')}`;

/** Who each preset fits, in the reader's words. */
const fitsKey = (id: PresetId) => `options_fits_${id.replace('/', '_')}` as MessageKey;

/** Parses the custom share: a whole percent in range, or the sentence to show. */
export function parseCustom(text: string): number | Msg {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < CUSTOM_MIN || n > CUSTOM_MAX) {
    return msg('options_custom_error', CUSTOM_MIN, CUSTOM_MAX);
  }
  return n;
}

/** The target split: the presets by role, each with who it fits, or a custom share. */
export function TargetFieldset({ store, settings }: { store: SettingsStore; settings: Settings }) {
  const { t, say } = useSay();
  const { save, status } = useSaver(store);
  const [custom, setCustom] = useState(String(settings.targetPercent));
  const [customError, setCustomError] = useState<Msg | null>(null);
  const isCustom = settings.targetPreset === 'custom';
  // A change saved elsewhere (another tab, a synced device) shows here too.
  useEffect(() => setCustom(String(settings.targetPercent)), [settings.targetPercent]);

  async function saveCustom() {
    const value = parseCustom(custom);
    if (typeof value !== 'number') return setCustomError(value);
    setCustomError(null);
    if (value === settings.targetPercent && isCustom) return;
    await save(
      { targetPreset: 'custom', targetPercent: value },
      msg('options_target_custom_saved', 100 - value, value),
    );
  }

  return (
    <fieldset class="target">
      <legend>{t('options_target_legend')}</legend>
      <p class="hint">{t('options_target_hint')}</p>
      {TARGET_PRESETS.map((p) => (
        <div class="choice" key={p.id}>
          <input
            type="radio"
            name="target"
            id={idOf(p.id)}
            checked={settings.targetPreset === p.id}
            aria-describedby={`${idOf(p.id)}-fits`}
            onChange={() => {
              setCustom(String(p.innovationPercent));
              setCustomError(null);
              void save(
                { targetPreset: p.id, targetPercent: p.innovationPercent },
                msg('options_target_saved', p.id),
              );
            }}
          />
          <label for={idOf(p.id)}>{p.id}</label>
          <p class="fits" id={`${idOf(p.id)}-fits`}>
            {t(fitsKey(p.id))}
          </p>
        </div>
      ))}
      <div class="choice">
        <input
          type="radio"
          name="target"
          id="target-custom"
          checked={isCustom}
          aria-describedby="target-custom-fits"
          onChange={() => void saveCustom()}
        />
        <label for="target-custom">{t('options_custom')}</label>
        <p class="fits" id="target-custom-fits">
          {t('options_custom_fits')}
        </p>
        <div class="custom">
          <label for="target-percent">{t('options_custom_percent')}</label>
          <input
            id="target-percent"
            type="number"
            inputMode="numeric"
            min={CUSTOM_MIN}
            max={CUSTOM_MAX}
            step={1}
            value={custom}
            disabled={!isCustom}
            aria-invalid={customError !== null}
            aria-describedby={customError ? 'target-percent-error' : undefined}
            onInput={(e) => {
              setCustom((e.currentTarget as HTMLInputElement).value);
              setCustomError(null);
            }}
            onChange={() => void saveCustom()}
          />
          {customError && (
            <p class="error" id="target-percent-error" role="alert">
              {say(customError)}
            </p>
          )}
        </div>
      </div>
      {status}
    </fieldset>
  );
}
