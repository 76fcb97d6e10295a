import type { Settings, WeekStartSetting } from '@/utils/domain/settings/settings';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';

// Monday first, as most calendars list a working week; 0 is Sunday, as in Date.getDay().
const DAYS: readonly [number, string][] = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [0, 'Sunday'],
];

const WEEK_STARTS: readonly [WeekStartSetting, string][] = [
  ['google', 'As Google Calendar shows it'],
  [1, 'Monday'],
  [0, 'Sunday'],
  [6, 'Saturday'],
];

const pad = (n: number) => String(n).padStart(2, '0');
/** Minutes after midnight ↔ the `HH:MM` of a time input. */
export const toClock = (min: number) => `${pad(Math.floor(min / 60) % 24)}:${pad(min % 60)}`;
export function fromClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Week start, working days and working hours: what counts as the week, and as after hours. */
export function WorkWeekFieldset({
  store,
  settings,
}: {
  store: SettingsStore;
  settings: Settings;
}) {
  const { save, fail, status } = useSaver(store);

  function toggleDay(day: number, name: string, on: boolean) {
    const days = on
      ? [...settings.workingDays, day]
      : settings.workingDays.filter((d) => d !== day);
    if (days.length === 0) return fail('Keep at least one working day.');
    void save({ workingDays: days }, `${name} ${on ? 'is now' : 'is no longer'} a working day.`);
  }

  function setHours(which: 'workStart' | 'workEnd', text: string) {
    const parsed = fromClock(text);
    if (parsed === null) return fail('Enter a time, for example 09:00.');
    // A day ending at midnight is 00:00 in a time field.
    const min = which === 'workEnd' && parsed === 0 ? 24 * 60 : parsed;
    const next = { workStart: settings.workStart, workEnd: settings.workEnd, [which]: min };
    if (next.workEnd <= next.workStart) {
      return fail('Working hours must end after they start.');
    }
    void save(
      { [which]: min },
      `Working hours: ${toClock(next.workStart)} to ${toClock(next.workEnd)}.`,
    );
  }

  return (
    <>
      <div class="field">
        <label for="week-start">Week starts on</label>
        <select
          id="week-start"
          value={String(settings.weekStart)}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            const start = (v === 'google' ? 'google' : Number(v)) as WeekStartSetting;
            const label = WEEK_STARTS.find(([s]) => s === start)?.[1] ?? v;
            void save({ weekStart: start }, `The week now starts: ${label.toLowerCase()}.`);
          }}
        >
          {WEEK_STARTS.map(([value, label]) => (
            <option key={label} value={String(value)}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="days">
        <legend>Working days</legend>
        {DAYS.map(([day, name]) => (
          <span class="check" key={day}>
            <input
              type="checkbox"
              id={`day-${day}`}
              checked={settings.workingDays.includes(day)}
              onChange={(e) => toggleDay(day, name, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`day-${day}`}>{name}</label>
          </span>
        ))}
      </fieldset>
      <fieldset class="hours">
        <legend>Working hours</legend>
        <p class="hint" id="hours-hint">
          Innovation outside them still counts, and the popup shows it as after hours.
        </p>
        <span class="time">
          <label for="work-start">From</label>
          <input
            id="work-start"
            type="time"
            step={300}
            value={toClock(settings.workStart)}
            aria-describedby="hours-hint"
            onChange={(e) => setHours('workStart', (e.currentTarget as HTMLInputElement).value)}
          />
        </span>
        <span class="time">
          <label for="work-end">To</label>
          <input
            id="work-end"
            type="time"
            step={300}
            value={toClock(settings.workEnd)}
            aria-describedby="hours-hint"
            onChange={(e) => setHours('workEnd', (e.currentTarget as HTMLInputElement).value)}
          />
        </span>
      </fieldset>
      {status}
    </>
  );
}
