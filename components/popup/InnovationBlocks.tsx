import type { BlockOverride, InnovationBlock } from '@/utils/domain/report/week-report';
import { slot } from '@/utils/shared/i18n/dates';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { useText, type Text } from '../use-text';
import { formatMinutes } from './format-hours';

const CAUSE: Record<Exclude<BlockOverride['cause'], 'overlap'>, MessageKey> = {
  deleted: 'popup_block_deleted',
  shortened: 'popup_block_shortened',
  'moved-out': 'popup_block_moved',
};

const STATE: Partial<Record<BlockOverride['state'], MessageKey>> = {
  rebooked: 'popup_block_rebooked',
  dismissed: 'popup_block_dismissed',
};

// A Rebook link opens Google Calendar and nothing else, whatever a record says.
// Built by the background from the calendar source; only web pages are opened.
const isCalendarUrl = (url: string) => url.startsWith('https://');

/** "overlapped by Escalation call, 1 h lost": the cause and the time it cost. */
function causeText(o: BlockOverride, text: Text): string {
  const lost = formatMinutes(o.minutesLost, text);
  if (o.cause !== 'overlap') return text.t(CAUSE[o.cause], lost);
  return o.byTitle === undefined
    ? text.t('popup_block_overlap_unnamed', lost)
    : text.t('popup_block_overlap', o.byTitle, lost);
}

function OverrideLine({ o }: { o: BlockOverride }) {
  const text = useText();
  const state = STATE[o.state];
  return (
    <li>
      {causeText(o, text)}
      {state && ` (${text.t(state)})`}
      {o.rebookUrl && isCalendarUrl(o.rebookUrl) && o.state !== 'rebooked' && (
        <>
          {' · '}
          <a href={o.rebookUrl} target="_blank" rel="noopener noreferrer">
            {text.t('popup_rebook')}
          </a>
        </>
      )}
    </li>
  );
}

/** The week's innovation blocks: which held, which were taken, and what it cost. */
export function InnovationBlocks({ blocks }: { blocks: readonly InnovationBlock[] }) {
  const text = useText();
  const { t, lang } = text;
  const kept = blocks.filter((b) => b.status === 'kept').length;
  return (
    <section aria-labelledby="blocks-h">
      <h2 id="blocks-h">{t('popup_section_blocks')}</h2>
      {blocks.length === 0 ? (
        <p>{t('popup_blocks_none')}</p>
      ) : (
        <>
          <p class="muted">{t('popup_blocks_kept_count', kept, blocks.length)}</p>
          <ul class="blocks">
            {blocks.map((b) => (
              <li key={b.id} class={`block block--${b.status}`}>
                <span class="title">{b.title}</span>
                <span class="muted block__when">
                  {slot(b.start, b.end, lang)} · {formatMinutes(b.minutes, text)}
                </span>
                {b.status === 'kept' ? (
                  <span class="block__status">
                    {b.overlapMin > 0
                      ? t('popup_block_kept_double', formatMinutes(b.overlapMin, text))
                      : t('popup_block_kept')}
                  </span>
                ) : (
                  <>
                    <span class="block__status block__status--overridden">
                      {t('popup_block_overridden', formatMinutes(b.minutesLost, text))}
                    </span>
                    <ul class="block__overrides">
                      {b.overrides.map((o, i) => (
                        <OverrideLine key={i} o={o} />
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
