import type { Settings, WeekStartSetting } from '@/utils/domain/settings/settings';
import { timeOf } from '@/utils/shared/i18n/dates';
import { msg } from '@/utils/shared/i18n/msg';
import type { SettingsStore } from './settings-store';
import { useSaver } from './use-saver';
import { useText } from '../use-text';

// Monday first, as most calendars list a working week; 0 is Sunday, as in Date.getDay().
const DAYS: readonly number[] = [1, 2, 3, 4, 5, 6, 0];
const WEEK_STARTS: readonly WeekStartSetting[] = ['google', 1, 0, 6];

/** `Monday`, `Montag`, `月曜日`: Intl's name of a weekday (0 Sunday), from a week that began on a Sunday. */
const dayName = (day: number, lang: string) =>
  new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date(2024, 0, 7 + day));
/** A time of day, as the reader's clock writes it (`9:00 AM`, `09:00`). */
const clockOf = (min: number, lang: string) => timeOf(new Date(2024, 0, 1, 0, min).getTime(), lang);

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
  const { t, lang } = useText();
  const { save, fail, status } = useSaver(store);

  function toggleDay(day: number, on: boolean) {
    const days = on
      ? [...settings.workingDays, day]
      : settings.workingDays.filter((d) => d !== day);
    if (days.length === 0) return fail(msg('options_keep_one_day'));
    void save(
      { workingDays: days },
      msg(on ? 'options_day_on' : 'options_day_off', dayName(day, lang)),
    );
  }

  function setHours(which: 'workStart' | 'workEnd', text: string) {
    const parsed = fromClock(text);
    if (parsed === null) return fail(msg('options_enter_time', clockOf(9 * 60, lang)));
    // A day ending at midnight is 00:00 in a time field.
    const min = which === 'workEnd' && parsed === 0 ? 24 * 60 : parsed;
    const next = { workStart: settings.workStart, workEnd: settings.workEnd, [which]: min };
    if (next.workEnd <= next.workStart) {
      return fail(msg('options_hours_order'));
    }
    void save(
      { [which]: min },
      msg('options_hours_saved', clockOf(next.workStart, lang), clockOf(next.workEnd, lang)),
    );
  }

  return (
    <>
      <div class="field">
        <label for="week-start">{t('options_week_start_label')}</label>
        <select
          id="week-start"
          value={String(settings.weekStart)}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            const start = (v === 'google' ? 'google' : Number(v)) as WeekStartSetting;
            void save(
              { weekStart: start },
              start === 'google'
                ? msg('options_week_start_saved_google')
                : msg('options_week_start_saved', dayName(start, lang)),
            );
          }}
        >
          {WEEK_STARTS.map((value) => (
            <option key={value} value={String(value)}>
              {value === 'google' ? t('options_week_start_google') : dayName(value, lang)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="days">
        <legend>{t('options_working_days')}</legend>
        {DAYS.map((day) => (
          <span class="check" key={day}>
            <input
              type="checkbox"
              id={`day-${day}`}
              checked={settings.workingDays.includes(day)}
              onChange={(e) => toggleDay(day, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`day-${day}`}>{dayName(day, lang)}</label>
          </span>
        ))}
      </fieldset>
      <fieldset class="hours">
        <legend>{t('options_working_hours')}</legend>
        <p class="hint" id="hours-hint">
          {t('options_hours_hint')}
        </p>
        <span class="time">
          <label for="work-start">{t('options_from')}</label>
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
          <label for="work-end">{t('options_to')}</label>
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
