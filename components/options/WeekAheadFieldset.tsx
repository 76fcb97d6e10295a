import { useState } from 'preact/hooks';
import { MAX_BLOCK_NAME } from '@/utils/domain/settings/settings-check';
import type { Settings } from '@/utils/domain/settings/settings';
import { msg } from '@/utils/shared/i18n/msg';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useSay } from './use-say';

const KINDS = [
  { kind: 'streak', label: 'opt_streak_label', hint: 'opt_streak_hint' },
  { kind: 'afterHours', label: 'opt_pattern_label', hint: 'opt_pattern_hint' },
] as const;

/** The week ahead (issue 17): the title of a block booked from the popup, and its two nudges. */
export function WeekAheadFieldset({
  store,
  settings,
}: {
  store: SettingsStore;
  settings: Settings;
}) {
  const { say: t } = useSay();
  const { save, status } = useSaver(store);
  const [name, setName] = useState(settings.blockName);
  const defaultName = t(msg('nudge_block_title'));
  return (
    <section aria-labelledby="ahead-h">
      <h2 id="ahead-h">{t(msg('opt_ahead_heading'))}</h2>
      <div class="week-ahead">
        <label for="block-name">{t(msg('opt_block_name_label'))}</label>
        <input
          id="block-name"
          type="text"
          maxLength={MAX_BLOCK_NAME}
          value={name}
          placeholder={defaultName}
          aria-describedby="block-name-hint"
          onInput={(e) => setName(e.currentTarget.value)}
          onChange={(e) => {
            const value = e.currentTarget.value.trim();
            void save({ blockName: value }, msg('opt_block_name_saved', value || defaultName));
          }}
        />
        <p class="fits" id="block-name-hint">
          {t(msg('opt_block_name_hint'))}
        </p>
        {KINDS.map(({ kind, label, hint }) => (
          <div class="choice" key={kind}>
            <input
              type="checkbox"
              id={`nudge-${kind}`}
              checked={settings.nudges[kind]}
              aria-describedby={`nudge-${kind}-hint`}
              onChange={(e) => {
                const value = e.currentTarget.checked;
                void save(
                  { nudges: { ...settings.nudges, [kind]: value } },
                  msg(value ? 'opt_nudge_on' : 'opt_nudge_off', msg(label)),
                );
              }}
            />
            <label for={`nudge-${kind}`}>{t(msg(label))}</label>
            <p class="fits" id={`nudge-${kind}-hint`}>
              {t(msg(hint))}
            </p>
          </div>
        ))}
      </div>
      {status}
    </section>
  );
}
