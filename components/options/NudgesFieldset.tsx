import type { Settings } from '@/utils/domain/settings/settings';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';

type Kind = keyof Settings['nudges'];

const KINDS: readonly { kind: Kind; label: string; hint: string; on: string; off: string }[] = [
  {
    kind: 'overrides',
    label: 'When innovation time is taken',
    hint: 'A meeting booked over an innovation block, or a block deleted, shortened or moved out of the week: a notification and a note on Google Calendar, once.',
    on: 'You will be told when innovation time is taken.',
    off: 'No more nudges when innovation time is taken.',
  },
  {
    kind: 'nextWeek',
    label: 'When next week has no innovation booked',
    hint: 'Late in the working week, one reminder to book it before someone else books the time.',
    on: 'You will be reminded to book next week’s innovation time.',
    off: 'No more reminders about next week.',
  },
  {
    kind: 'quietOutsideWorkingHours',
    label: 'Quiet outside working hours',
    hint: 'A nudge that comes up in the evening or on a day off waits for your next working hour.',
    on: 'Nudges wait for working hours.',
    off: 'Nudges come at any hour.',
  },
];

/** Each kind of nudge on or off, and quiet hours. */
export function NudgesFieldset({ store, settings }: { store: SettingsStore; settings: Settings }) {
  const { save, status } = useSaver(store);
  return (
    <fieldset class="nudges">
      <legend>Nudge me</legend>
      {KINDS.map(({ kind, label, hint, on, off }) => (
        <div class="choice" key={kind}>
          <input
            type="checkbox"
            id={`nudge-${kind}`}
            checked={settings.nudges[kind]}
            aria-describedby={`nudge-${kind}-hint`}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).checked;
              void save({ nudges: { ...settings.nudges, [kind]: value } }, value ? on : off);
            }}
          />
          <label for={`nudge-${kind}`}>{label}</label>
          <p class="fits" id={`nudge-${kind}-hint`}>
            {hint}
          </p>
        </div>
      ))}
      {status}
    </fieldset>
  );
}
