import { enCheck } from './check/en';
import { enReviewServes } from './review-serves/en';
import { enPopupMore } from './popup-more/en';
import { enDataHealth } from './data-health/en';
import { enPage } from './en-page';
import { enPopup } from './popup/en';
import { enExport } from './export/en';
import { enPageMore } from './page/en';
import { enReader } from './reader/en';
import { enLegend } from './legend/en';
import { enWelcome } from './welcome/en';
import { enPlan } from './plan/en';
import { enOptions } from './options/en';

// The catalogue's source language. Keys group by who reads them: `ext_` the
// stores and the browser, `page_` the control and toasts inside the calendar
// page (sent to the page in the page's language), `badge_` the toolbar,
// `nudge_` notifications and toasts, `reason_` why an event has its category,
// `unit_` numbers with units. `$1`…`$9` are filled in by the caller; plural
// messages end in `_one`, `_other` (and `_few`, `_many`… where a language has
// them: see Intl.PluralRules). Words of the product are in ../glossary.ts.

export const en = {
  ...enCheck,
  ...enPage,
  ...enPageMore,
  ...enExport,
  ...enReader,
  ...enPlan,
  ...enDataHealth,
  ...enPopup,
  ext_name: 'Polarity',
  ext_description:
    'Keep execution and innovation in balance: your Google Calendar week split on the toolbar, and a nudge when innovation time is taken.',
  ext_action_title: 'Polarity',

  badge_unreadable: 'Polarity$1: $2. Stored figures are unchanged.',
  badge_first_visit: 'Polarity$1: open this week in Google Calendar to count it',
  badge_nothing_counted: 'Polarity$1: no execution or innovation time this week ($2)',
  ...enWelcome,
  ...enLegend,
  badge_account: ' (account u/$1)',
  badge_days_seen: '$1 of 7 days seen',
  badge_no_overrides: 'no overrides',
  badge_overrides_one: '$1 override of innovation time open',
  badge_overrides_other: '$1 overrides of innovation time open',
  badge_after_hours: '; $1 of innovation after hours',
  badge_storage_full:
    'Polarity: storage is full, so the latest calendar changes were not saved (nothing stored was lost). Free disk space, or keep less history in Options.',
  ...enReviewServes,
  ...enPopupMore,
  ...enOptions,
} as const;
