import type { Settings } from '@/utils/domain/settings/settings';
import { msg, type MessageKey } from '@/utils/shared/i18n/msg';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useText } from '../use-text';

type Kind = keyof Settings['nudges'];

// Each kind's label, hint, and what is said when it is turned on and off: `<base>`, `_hint`, `_on`, `_off`.
const KINDS: readonly { kind: Kind; base: string }[] = [
  { kind: 'overrides', base: 'options_nudge_overrides' },
  { kind: 'nextWeek', base: 'options_nudge_next_week' },
  { kind: 'quietOutsideWorkingHours', base: 'options_nudge_quiet' },
];
const key = (base: string, part = '') => `${base}${part}` as MessageKey;

/** Each kind of nudge on or off, and quiet hours. */
export function NudgesFieldset({ store, settings }: { store: SettingsStore; settings: Settings }) {
  const { t } = useText();
  const { save, status } = useSaver(store);
  return (
    <fieldset class="nudges">
      <legend>{t('options_nudge_me')}</legend>
      {KINDS.map(({ kind, base }) => (
        <div class="choice" key={kind}>
          <input
            type="checkbox"
            id={`nudge-${kind}`}
            checked={settings.nudges[kind]}
            aria-describedby={`nudge-${kind}-hint`}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).checked;
              void save(
                { nudges: { ...settings.nudges, [kind]: value } },
                msg(key(base, value ? '_on' : '_off')),
              );
            }}
          />
          <label for={`nudge-${kind}`}>{t(key(base))}</label>
          <p class="fits" id={`nudge-${kind}-hint`}>
            {t(key(base, '_hint'))}
          </p>
        </div>
      ))}
      {status}
    </fieldset>
  );
}
