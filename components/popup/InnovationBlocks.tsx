import type { BlockOverride, InnovationBlock } from '@/utils/domain/report/week-report';
import { slot } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import { formatMinutes } from './format-hours';

const CAUSE: Record<BlockOverride['cause'], string> = {
  overlap: 'overlapped',
  deleted: 'deleted',
  shortened: 'shortened',
  'moved-out': 'moved out of the week',
};

const STATE: Partial<Record<BlockOverride['state'], string>> = {
  rebooked: 'rebooked',
  dismissed: 'dismissed',
};

// A Rebook link opens Google Calendar and nothing else, whatever a record says.
// Built by the background from the calendar source; only web pages are opened.
const isCalendarUrl = (url: string) => url.startsWith('https://');

function OverrideLine({ o }: { o: BlockOverride }) {
  const state = STATE[o.state];
  return (
    <li>
      {CAUSE[o.cause]}
      {o.byTitle !== undefined && (
        <>
          {' by '}
          <span class="title">{o.byTitle}</span>
        </>
      )}
      {`, ${formatMinutes(o.minutesLost)} lost`}
      {state && ` (${state})`}
      {o.rebookUrl && isCalendarUrl(o.rebookUrl) && o.state !== 'rebooked' && (
        <>
          {' · '}
          <a href={o.rebookUrl} target="_blank" rel="noopener noreferrer">
            Rebook
          </a>
        </>
      )}
    </li>
  );
}

/** The week's innovation blocks: which held, which were taken, and what it cost. */
export function InnovationBlocks({ blocks }: { blocks: readonly InnovationBlock[] }) {
  const { lang } = useText();
  const kept = blocks.filter((b) => b.status === 'kept').length;
  return (
    <section aria-labelledby="blocks-h">
      <h2 id="blocks-h">Innovation blocks</h2>
      {blocks.length === 0 ? (
        <p>No innovation block this week. Book one before the week fills up.</p>
      ) : (
        <>
          <p class="muted">
            {kept} of {blocks.length} kept
          </p>
          <ul class="blocks">
            {blocks.map((b) => (
              <li key={b.id} class={`block block--${b.status}`}>
                <span class="title">{b.title}</span>
                <span class="muted block__when">
                  {slot(b.start, b.end, lang)} · {formatMinutes(b.minutes)}
                </span>
                {b.status === 'kept' ? (
                  <span class="block__status">
                    Kept
                    {b.overlapMin > 0 && `, ${formatMinutes(b.overlapMin)} double-booked`}
                  </span>
                ) : (
                  <>
                    <span class="block__status block__status--overridden">
                      Overridden, {formatMinutes(b.minutesLost)} lost
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
