import { deCheck } from './check/de';
import { deReviewServes } from './review-serves/de';
import { dePopupMore } from './popup-more/de';
import { deOptions } from './options/de';
import { deLegend } from './legend/de';
import { deWelcome } from './welcome/de';
import type { Messages } from '../render';
import { deExport } from './export/de';
import { dePlan } from './plan/de';
import { deDataHealth } from './data-health/de';
import { dePopup } from './popup/de';
import { dePageMore } from './page/de';
import { deReader } from './reader/de';

// German. Product words: ../glossary.ts.
export const de: Messages = {
  ...deCheck,
  ...dePageMore,
  ...deExport,
  ...deReader,
  ...deDataHealth,
  ...dePopup,
  ext_name: 'Polarity',
  ext_description:
    'Umsetzung und Innovation im Gleichgewicht: Ihre Kalenderwoche in der Symbolleiste, ein Hinweis, wenn Innovationszeit verdrängt wird.',
  ext_action_title: 'Polarity',
  page_control_label: 'Polarity-Kategorie',
  page_category_group: 'Kategorie',
  page_execution: 'Umsetzung',
  page_innovation: 'Innovation',
  page_exclude: 'Ausschließen',
  page_auto: 'Auto',
  page_apply_to: 'Anwenden auf',
  page_scope_event: 'Dieser Termin',
  page_scope_series: 'Alle Termine der Serie',
  page_reading: 'Wird gelesen…',
  page_never_counted: '$1 · wird nie gezählt',
  page_tag_error:
    'Die Kategorie konnte nicht gespeichert werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  page_dismiss: 'Schließen',
  page_nudges_label: 'Polarity-Hinweise',
  reason_tag: 'Von Ihnen festgelegt',
  reason_series_tag: 'Für die Serie festgelegt',
  reason_rule: 'Regel $1: $2',
  reason_keyword: 'Auto: Stichwort „$1“',
  reason_no_keyword: 'Auto: kein Innovations-Stichwort',
  reason_allday: 'Auto: ganztägiger Termin',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: Arbeitsort',
  reason_out_of_office: 'Auto: nicht im Büro',
  reason_holiday: 'Auto: Feiertag',
  reason_birthday: 'Auto: Geburtstag',
  rule_why_keyword: 'Stichwort „$1“',
  rule_why_regex: 'Titel passt zu $1',
  rule_why_calendar: 'Kalender „$1“',
  rule_why_color: 'Farbe „$1“',
  rule_why_guests: 'mit Gästen',
  rule_why_solo: 'ohne Gäste',
  rule_why_time_block: 'Zeitblock',
  nudge_taken_title: 'Innovationszeit verdrängt: $1',
  nudge_taken_message: '$1: $2 verloren.\n$3',
  nudge_cause_overlap: '„$1“ überschneidet sich damit',
  nudge_cause_overlap_unnamed: 'Ein Termin überschneidet sich damit',
  nudge_cause_deleted: 'Er wurde gelöscht',
  nudge_cause_shortened: 'Er wurde gekürzt',
  nudge_cause_moved_out: 'Er wurde aus der Woche verschoben',
  nudge_rebook: 'Neu buchen',
  nudge_open: 'Im Kalender öffnen',
  nudge_next_unseen_title: 'Nächste Woche: Ist Innovationszeit gebucht?',
  nudge_next_unseen_message:
    'Polarity hat die nächste Woche noch nicht gesehen und kann es daher nicht sagen. Öffnen Sie sie in Google Kalender und buchen Sie Innovationszeit, bevor die Woche voll ist.',
  nudge_next_empty_title: 'Nächste Woche ist keine Innovationszeit gebucht',
  nudge_next_empty_message:
    'Keine in den $1 von 7 gesehenen Tagen. Buchen Sie einen Block, bevor jemand anderes die Zeit belegt.',
  nudge_book_time: 'Zeit buchen',
  nudge_open_next_week: 'Nächste Woche öffnen',
  nudge_block_title: 'Innovationszeit',
  badge_unreadable: 'Polarity$1: $2. Gespeicherte Zahlen bleiben unverändert.',
  badge_first_visit: 'Polarity$1: Öffnen Sie diese Woche in Google Kalender, um sie zu zählen',
  badge_nothing_counted: 'Polarity$1: diese Woche keine Umsetzungs- oder Innovationszeit ($2)',
  ...deWelcome,
  ...deLegend,
  badge_account: ' (Konto u/$1)',
  badge_days_seen: '$1 von 7 Tagen gesehen',
  badge_no_overrides: 'keine Verdrängung',
  badge_overrides_one: '$1 offene Verdrängung von Innovationszeit',
  badge_overrides_other: '$1 offene Verdrängungen von Innovationszeit',
  badge_after_hours: '; $1 Innovation außerhalb der Arbeitszeit',
  badge_storage_full:
    'Polarity: Der Speicher ist voll, die letzten Kalenderänderungen wurden nicht gespeichert (nichts Gespeichertes ging verloren). Geben Sie Speicherplatz frei oder behalten Sie in den Optionen weniger Verlauf.',
  unit_hours: '$1 Std.',
  unit_minutes: '$1 Min.',
  unit_hours_minutes: '$1 Std. $2 Min.',
  ...dePlan,
  ...deReviewServes,
  ...dePopupMore,
  ...deOptions,
};
