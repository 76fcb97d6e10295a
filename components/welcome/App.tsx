import { useEffect, useState } from 'preact/hooks';
import { BADGE_COLORS, BADGE_TEXT_COLORS, type BadgeState } from '@/utils/domain/badge';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { render, type Reader } from '@/utils/shared/i18n/render';
import { settingsEffects } from '../options/settings-effects';
import { createSettingsStore, type SettingsStore } from '../options/settings-store';
import { TargetFieldset } from '../options/TargetFieldset';
import { WorkWeekFieldset } from '../options/WorkWeekFieldset';
import { useStore } from '../use-store';
import { TextProvider } from '../use-text';
import { MARKS } from '@/utils/shared/marker-paint';

export interface WelcomeEffects {
  /** The calendar's week view, from the background (UI code holds no calendar origin). */
  calendarUrl(): Promise<string>;
  openOptions(): void;
}

export interface WelcomeProps {
  effects: WelcomeEffects;
  /** The page's language: the browser's (browserReader) in the extension, a catalogue in tests. */
  reader: Reader;
  settingsStore?: SettingsStore;
}

const CATEGORIES = ['innovation', 'execution', 'excluded'] as const;
/** Sample numbers in the badge's own colours (utils/domain/badge.ts). */
const BADGES: [BadgeState, string, MessageKey][] = [
  ['onTarget', '23%', 'welcome_badge_on_target'],
  ['belowTarget', '12%', 'welcome_badge_below'],
  ['override', '18%', 'welcome_badge_override'],
  ['none', '', 'welcome_badge_none'],
];

/**
 * The first-run page (opened once, on install; again from Options): the role
 * and scope set the target, then the working week, how tagging and the badge
 * work, and the way to Google Calendar. Every choice is saved as it is made,
 * through the same fieldsets as Options.
 */
export function WelcomeApp({ effects, reader, settingsStore: given }: WelcomeProps) {
  const t = (key: MessageKey) => render({ key }, reader);
  const [store] = useState(() => given ?? createSettingsStore(settingsEffects));
  const state = useStore(store);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    void store.load();
    return store.watch();
  }, [store]);
  useEffect(() => {
    effects.calendarUrl().then(setUrl, () => setUrl(undefined));
  }, [effects]);
  const settings = state.status === 'ready' ? state.settings : undefined;

  // The fieldsets shared with Options speak through the same reader.
  return (
    <TextProvider reader={reader}>
      <main class="options welcome" aria-busy={state.status === 'loading'}>
        <h1>{t('welcome_title')}</h1>
        <p class="lead">{t('welcome_lead')}</p>
        {state.status === 'error' && (
          <p class="error" role="alert">
            {state.error && render(state.error, reader)}
          </p>
        )}
        {settings && (
          <>
            <section aria-labelledby="role-h">
              <h2 id="role-h">{t('welcome_role_heading')}</h2>
              <p class="hint">{t('welcome_role_hint')}</p>
              <TargetFieldset store={store} settings={settings} />
            </section>
            <section aria-labelledby="week-h">
              <h2 id="week-h">{t('welcome_week_heading')}</h2>
              <p class="hint">{t('welcome_week_hint')}</p>
              <WorkWeekFieldset store={store} settings={settings} />
            </section>
          </>
        )}
        <section aria-labelledby="tag-h">
          <h2 id="tag-h">{t('welcome_tag_heading')}</h2>
          <p>{t('welcome_tag_auto')}</p>
          <p>{t('welcome_tag_fix')}</p>
          <p>{t('welcome_marks_intro')}</p>
          <ul class="marks" aria-label={t('welcome_marks_label')}>
            {CATEGORIES.map((c) => (
              <li key={c}>
                {/* Painted by the very declarations a chip on the calendar gets. */}
                <span class="mark-sample" style={MARKS[c]} aria-hidden="true" />
                {t(`welcome_mark_${c}`)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="badge-h">
          <h2 id="badge-h">{t('welcome_badge_heading')}</h2>
          <p>{t('welcome_badge_lead')}</p>
          <ul class="badges" aria-label={t('welcome_badges_label')}>
            {BADGES.map(([state, sample, meaning]) => (
              <li key={state}>
                <span
                  class="badge-sample"
                  aria-hidden="true"
                  style={{ background: BADGE_COLORS[state], color: BADGE_TEXT_COLORS[state] }}
                >
                  {sample}
                </span>
                {t(meaning)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="open-h">
          <h2 id="open-h">{t('welcome_open_heading')}</h2>
          <p>{t('welcome_open_hint')}</p>
          {url && (
            <a class="button primary" href={url} target="_blank" rel="noopener noreferrer">
              {t('welcome_open_button')}
            </a>
          )}
        </section>
        <p class="hint">
          {t('welcome_later')}{' '}
          <button type="button" class="link" onClick={() => effects.openOptions()}>
            {t('welcome_options_button')}
          </button>
        </p>
      </main>
    </TextProvider>
  );
}
