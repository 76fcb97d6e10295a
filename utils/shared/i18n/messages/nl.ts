import { nlCheck } from './check/nl';
import { nlReviewServes } from './review-serves/nl';
import { nlPopupMore } from './popup-more/nl';
import { nlOptions } from './options/nl';
import { nlLegend } from './legend/nl';
import { nlWelcome } from './welcome/nl';
import type { Messages } from '../render';
import { nlExport } from './export/nl';
import { nlPlan } from './plan/nl';
import { nlDataHealth } from './data-health/nl';
import { nlPopup } from './popup/nl';
import { nlPageMore } from './page/nl';
import { nlReader } from './reader/nl';

// Dutch. Product words: ../glossary.ts.
export const nl: Messages = {
  ...nlCheck,
  ...nlPageMore,
  ...nlExport,
  ...nlReader,
  ...nlDataHealth,
  ...nlPopup,
  ext_name: 'Polarity',
  ext_description:
    'Uitvoering en innovatie in balans: je Google Agenda-week in de werkbalk, en een seintje als innovatietijd wordt ingepikt.',
  ext_action_title: 'Polarity',
  page_control_label: 'Polarity-categorie',
  page_category_group: 'Categorie',
  page_execution: 'Uitvoering',
  page_innovation: 'Innovatie',
  page_exclude: 'Uitsluiten',
  page_auto: 'Auto',
  page_apply_to: 'Toepassen op',
  page_scope_event: 'Deze afspraak',
  page_scope_series: 'Alle afspraken in de reeks',
  page_reading: 'Lezen…',
  page_never_counted: '$1 · telt nooit mee',
  page_tag_error:
    'De categorie kon niet worden opgeslagen. Laad de pagina opnieuw en probeer het nog eens.',
  page_dismiss: 'Sluiten',
  page_nudges_label: 'Polarity-meldingen',
  reason_tag: 'Door jou gekozen',
  reason_series_tag: 'Gekozen voor de reeks',
  reason_rule: 'Regel $1: $2',
  reason_keyword: 'Auto: trefwoord ‘$1’',
  reason_no_keyword: 'Auto: geen innovatietrefwoord',
  reason_allday: 'Auto: afspraak voor de hele dag',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: werklocatie',
  reason_out_of_office: 'Auto: afwezig',
  reason_holiday: 'Auto: feestdag',
  reason_birthday: 'Auto: verjaardag',
  rule_why_keyword: 'trefwoord ‘$1’',
  rule_why_regex: 'titel komt overeen met $1',
  rule_why_calendar: 'agenda ‘$1’',
  rule_why_color: 'kleur ‘$1’',
  rule_why_guests: 'met gasten',
  rule_why_solo: 'zonder gasten',
  rule_why_time_block: 'tijdblok',
  nudge_taken_title: 'Innovatietijd ingepikt: $1',
  nudge_taken_message: '$1: $2 kwijt.\n$3',
  nudge_cause_overlap: '‘$1’ overlapt ermee',
  nudge_cause_overlap_unnamed: 'Een afspraak overlapt ermee',
  nudge_cause_deleted: 'Het is verwijderd',
  nudge_cause_shortened: 'Het is ingekort',
  nudge_cause_moved_out: 'Het is uit de week verplaatst',
  nudge_rebook: 'Opnieuw inplannen',
  nudge_open: 'Openen in Agenda',
  nudge_next_unseen_title: 'Volgende week: is er innovatietijd geboekt?',
  nudge_next_unseen_message:
    'Polarity heeft volgende week nog niet gezien en kan het dus niet zeggen. Open hem in Google Agenda en plan innovatietijd in voordat de week volloopt.',
  nudge_next_empty_title: 'Volgende week is geen innovatietijd geboekt',
  nudge_next_empty_message:
    'Geen in de $1 van 7 bekeken dagen. Plan een blok in voordat iemand anders de tijd inneemt.',
  nudge_book_time: 'Tijd inplannen',
  nudge_open_next_week: 'Volgende week openen',
  nudge_block_title: 'Innovatietijd',
  badge_unreadable: 'Polarity$1: $2. Opgeslagen cijfers blijven ongewijzigd.',
  badge_first_visit: 'Polarity$1: open deze week in Google Agenda om hem te tellen',
  badge_nothing_counted: 'Polarity$1: deze week geen uitvoerings- of innovatietijd ($2)',
  ...nlWelcome,
  ...nlLegend,
  badge_account: ' (account u/$1)',
  badge_days_seen: '$1 van 7 dagen bekeken',
  badge_no_overrides: 'geen verdringing',
  badge_overrides_one: '$1 openstaande verdringing van innovatietijd',
  badge_overrides_other: '$1 openstaande verdringingen van innovatietijd',
  badge_after_hours: '; $1 innovatie buiten werktijd',
  badge_storage_full:
    'Polarity: de opslag is vol, dus de laatste agendawijzigingen zijn niet opgeslagen (niets van wat al was opgeslagen is verloren gegaan). Maak schijfruimte vrij of bewaar minder geschiedenis in Opties.',
  unit_hours: '$1 u',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 u $2 min',
  ...nlPlan,
  ...nlReviewServes,
  ...nlPopupMore,
  ...nlOptions,
};
