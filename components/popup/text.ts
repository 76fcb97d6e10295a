import { browserReader } from '@/utils/shared/i18n/browser-reader';
import type { Msg } from '@/utils/shared/i18n/msg';
import { dayMonthFormat } from '@/utils/shared/i18n/formats';
import { render } from '@/utils/shared/i18n/render';

/** A catalogue message in the browser's language (the popup's new sections speak it). */
export const text = (m: Msg): string => render(m, browserReader());

/** `24 Nov`, in the browser's language. */
export const shortDate = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return dayMonthFormat(browserReader().lang).format(new Date(y!, m! - 1, d!));
};
