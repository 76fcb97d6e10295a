import type { NextStep as Step } from '@/utils/domain/report/week-report';
import { useText } from '../use-text';

const isWebUrl = (url: string) => url.startsWith('https://');

function Link({ href, children }: { href: string; children: string }) {
  if (!isWebUrl(href)) return null;
  return (
    <a class="button-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The one step worth taking now, chosen in the background by `nextStep`. */
export function NextStep({ step, onReview }: { step: Step; onReview(): void }) {
  const { t, n } = useText();
  let body;
  switch (step.kind) {
    case 'book':
      body = (
        <>
          <p>{t('popup_next_book', { minutes: step.shortMin })}</p>
          <Link href={step.calendarUrl}>{t('popup_next_book_action')}</Link>
        </>
      );
      break;
    case 'open-week':
      body = (
        <>
          <p>{t('popup_next_open_week')}</p>
          <Link href={step.calendarUrl}>{t('popup_next_open_week_action')}</Link>
        </>
      );
      break;
    case 'browse-back':
      body = (
        <>
          <p>{t('popup_next_browse')}</p>
          <Link href={step.calendarUrl}>{t('popup_next_browse_action')}</Link>
        </>
      );
      break;
    case 'tag':
      body = (
        <>
          <p>{n('popup_next_tag', step.count)}</p>
          <button type="button" class="button-link" onClick={onReview}>
            {t('popup_next_tag_action')}
          </button>
        </>
      );
      break;
    case 'none':
      body = <p class="ok">{t('popup_next_none')}</p>;
  }
  return (
    <section
      class={`next-step next-step--${step.kind}`}
      aria-labelledby="next-h"
      data-testid="next-step"
    >
      <h2 id="next-h">{t('popup_next_heading')}</h2>
      {body}
    </section>
  );
}
