import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/settings';
import { CUSTOM_MAX, CUSTOM_MIN, TARGET_PRESETS } from '@/utils/domain/settings/target-presets';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';

const idOf = (preset: string) => `target-${preset.replace('/', '-')}`;

/** Parses the custom share: a whole percent in range, or the message to show. */
export function parseCustom(text: string): number | string {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < CUSTOM_MIN || n > CUSTOM_MAX) {
    return `Enter a whole number from ${CUSTOM_MIN} to ${CUSTOM_MAX}.`;
  }
  return n;
}

/** The target split: the presets by role, each with who it fits, or a custom share. */
export function TargetFieldset({ store, settings }: { store: SettingsStore; settings: Settings }) {
  const { save, status } = useSaver(store);
  const [custom, setCustom] = useState(String(settings.targetPercent));
  const [customError, setCustomError] = useState<string | null>(null);
  const isCustom = settings.targetPreset === 'custom';
  // A change saved elsewhere (another tab, a synced device) shows here too.
  useEffect(() => setCustom(String(settings.targetPercent)), [settings.targetPercent]);

  async function saveCustom() {
    const value = parseCustom(custom);
    if (typeof value === 'string') return setCustomError(value);
    setCustomError(null);
    if (value === settings.targetPercent && isCustom) return;
    await save(
      { targetPreset: 'custom', targetPercent: value },
      `Target set to ${100 - value}/${value} (custom).`,
    );
  }

  return (
    <fieldset class="target">
      <legend>Target split, execution / innovation</legend>
      <p class="hint">
        The right split depends on the scope of your role, not 50/50. The badge is green at or above
        your target.
      </p>
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
                `Target set to ${p.id}.`,
              );
            }}
          />
          <label for={idOf(p.id)}>{p.id}</label>
          <p class="fits" id={`${idOf(p.id)}-fits`}>
            {p.fits}
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
        <label for="target-custom">Custom</label>
        <p class="fits" id="target-custom-fits">
          Your own split, when none of these fits.
        </p>
        <div class="custom">
          <label for="target-percent">Innovation share, percent</label>
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
              {customError}
            </p>
          )}
        </div>
      </div>
      {status}
    </fieldset>
  );
}
