import { useState } from 'preact/hooks';
import type { BookableSlot } from '@/utils/domain/report/week-report';
import { msg } from '@/utils/shared/i18n/msg';
import { text } from './text';

// Only Calendar's own pages are opened, whatever a report says (built by the calendar source).
const isWebUrl = (url: string) => url.startsWith('https://');

/**
 * One button per free slot: it opens the calendar's own new-event page,
 * filled in, so the block is the user's, in their calendar. Polarity writes
 * nothing anywhere.
 */
export function BookSlots({
  slots,
  label,
  weekly,
  onOpen,
}: {
  slots: readonly BookableSlot[];
  label: string;
  weekly: boolean;
  onOpen(url: string): void;
}) {
  if (slots.length === 0) return null;
  return (
    <ul class="slots" aria-label={label}>
      {slots.map((s) => {
        const url = weekly ? s.weeklyUrl : s.url;
        return (
          <li key={s.start}>
            <button
              type="button"
              class="slot"
              disabled={!isWebUrl(url)}
              onClick={() => onOpen(url)}
            >
              {text(msg('plan_book_slot', { range: [s.start, s.end] }))}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "Repeat every week", shared by every slot button of a section. */
export function useWeekly(): [boolean, (on: boolean) => void] {
  const [weekly, setWeekly] = useState(false);
  return [weekly, setWeekly];
}
