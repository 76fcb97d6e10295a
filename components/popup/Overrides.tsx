import type { BlockOverride, InnovationBlock } from '@/utils/domain/report/week-report';
import { slot } from '@/utils/shared/i18n/dates';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { useText } from '../use-text';

const CAUSE: Record<Exclude<BlockOverride['cause'], 'overlap'>, MessageKey> = {
  deleted: 'popup_override_deleted',
  shortened: 'popup_override_shortened',
  'moved-out': 'popup_override_moved',
};

// A Rebook link opens the calendar and nothing else, whatever a record says.
// Built by the background from the calendar source; only web pages are opened.
const isWebUrl = (url: string) => url.startsWith('https://');

function OverrideLine({ o, block }: { o: BlockOverride; block: string }) {
  const { t } = useText();
  const lost = { minutes: o.minutesLost };
  const what =
    o.cause === 'overlap'
      ? t('popup_override_overlap', o.byTitle ?? '?', lost)
      : t(CAUSE[o.cause], lost);
  return (
    <li class="override">
      <span class="title">{what}</span>
      {o.state === 'rebooked' && <span class="muted"> · {t('popup_override_rebooked')}</span>}
      {o.state === 'dismissed' && <span class="muted"> · {t('popup_override_dismissed')}</span>}
      {o.rebookUrl && isWebUrl(o.rebookUrl) && o.state !== 'rebooked' && (
        <a
          class="action"
          href={o.rebookUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('popup_rebook_label', block)}
        >
          {t('popup_rebook')}
        </a>
      )}
    </li>
  );
}

/** The first screen's reason for being: innovation time taken this week, and what to do about it. */
export function Overrides({ blocks }: { blocks: readonly InnovationBlock[] }) {
  const { t, lang } = useText();
  const taken = blocks.filter((b) => b.status === 'overridden');
  return (
    <section class="overrides" aria-labelledby="overrides-h" data-testid="overrides">
      <h2 id="overrides-h">{t('popup_overrides_heading')}</h2>
      {taken.length === 0 ? (
        <p class="muted">{t('popup_overrides_none')}</p>
      ) : (
        <ul class="overrides__list">
          {taken.map((b) => (
            <li key={b.id} class="overrides__block">
              <span class="title overrides__title">{b.title}</span>{' '}
              <span class="muted small">{slot(b.start, b.end, lang)}</span>
              <ul class="overrides__causes">
                {b.overrides.map((o, i) => (
                  <OverrideLine key={i} o={o} block={b.title} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
