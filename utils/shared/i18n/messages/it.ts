import { itCheck } from './check/it';
import { itReviewServes } from './review-serves/it';
import { itPopupMore } from './popup-more/it';
import { itOptions } from './options/it';
import { itLegend } from './legend/it';
import { itWelcome } from './welcome/it';
import type { Messages } from '../render';
import { itExport } from './export/it';
import { itPlan } from './plan/it';
import { itDataHealth } from './data-health/it';
import { itPopup } from './popup/it';
import { itPageMore } from './page/it';
import { itReader } from './reader/it';

// Italian. Product words: ../glossary.ts.
export const it: Messages = {
  ...itCheck,
  ...itPageMore,
  ...itExport,
  ...itReader,
  ...itDataHealth,
  ...itPopup,
  ext_name: 'Polarity',
  ext_description:
    'Esecuzione e innovazione in equilibrio: la settimana di Google Calendar nella barra e un avviso se il tempo per innovare è tolto.',
  ext_action_title: 'Polarity',
  page_control_label: 'Categoria Polarity',
  page_category_group: 'Categoria',
  page_execution: 'Esecuzione',
  page_innovation: 'Innovazione',
  page_exclude: 'Escludi',
  page_auto: 'Auto',
  page_apply_to: 'Applica a',
  page_scope_event: 'Questo evento',
  page_scope_series: 'Tutti gli eventi della serie',
  page_reading: 'Lettura…',
  page_never_counted: '$1 · mai conteggiato',
  page_tag_error: 'Impossibile salvare la categoria. Ricarica la pagina e riprova.',
  page_dismiss: 'Ignora',
  page_nudges_label: 'Avvisi di Polarity',
  reason_tag: 'Scelto da te',
  reason_series_tag: 'Scelto per la serie',
  reason_rule: 'Regola $1: $2',
  reason_keyword: 'Auto: parola chiave «$1»',
  reason_no_keyword: "Auto: nessuna parola chiave d'innovazione",
  reason_allday: 'Auto: evento di tutto il giorno',
  reason_task: 'Auto: Google Tasks',
  reason_working_location: 'Auto: luogo di lavoro',
  reason_out_of_office: 'Auto: fuori sede',
  reason_holiday: 'Auto: festività',
  reason_birthday: 'Auto: compleanno',
  rule_why_keyword: 'parola chiave «$1»',
  rule_why_regex: 'il titolo corrisponde a $1',
  rule_why_calendar: 'calendario «$1»',
  rule_why_color: 'colore «$1»',
  rule_why_guests: 'con invitati',
  rule_why_solo: 'senza invitati',
  rule_why_time_block: 'blocco di tempo',
  nudge_taken_title: "Tempo per l'innovazione sottratto: $1",
  nudge_taken_message: '$1: $2 persi.\n$3',
  nudge_cause_overlap: '«$1» si sovrappone',
  nudge_cause_overlap_unnamed: 'Un evento si sovrappone',
  nudge_cause_deleted: 'È stato eliminato',
  nudge_cause_shortened: 'È stato accorciato',
  nudge_cause_moved_out: 'È stato spostato fuori dalla settimana',
  nudge_rebook: 'Riprenota',
  nudge_open: 'Apri in Calendar',
  nudge_next_unseen_title: "Settimana prossima: c'è tempo per l'innovazione prenotato?",
  nudge_next_unseen_message:
    "Polarity non ha ancora visto la settimana prossima, quindi non può dirlo. Aprila in Google Calendar e prenota tempo per l'innovazione prima che si riempia.",
  nudge_next_empty_title: "Nessun tempo per l'innovazione prenotato la settimana prossima",
  nudge_next_empty_message:
    'Nessuno nei $1 giorni visti su 7. Prenota un blocco prima che qualcun altro occupi quel tempo.',
  nudge_book_time: 'Prenota tempo',
  nudge_open_next_week: 'Apri la settimana prossima',
  nudge_block_title: "Tempo per l'innovazione",
  badge_unreadable: 'Polarity$1: $2. I dati salvati restano invariati.',
  badge_first_visit: 'Polarity$1: apri questa settimana in Google Calendar per conteggiarla',
  badge_nothing_counted:
    'Polarity$1: nessun tempo di esecuzione o innovazione questa settimana ($2)',
  ...itWelcome,
  ...itLegend,
  badge_account: ' (account u/$1)',
  badge_days_seen: '$1 giorni visti su 7',
  badge_no_overrides: 'nessuna sottrazione',
  badge_overrides_one: "$1 sottrazione di tempo per l'innovazione aperta",
  badge_overrides_many: "$1 di sottrazioni di tempo per l'innovazione aperte",
  badge_overrides_other: "$1 sottrazioni di tempo per l'innovazione aperte",
  badge_after_hours: "; $1 di innovazione fuori dall'orario di lavoro",
  badge_storage_full:
    'Polarity: lo spazio di archiviazione è pieno, quindi le ultime modifiche al calendario non sono state salvate (nulla di quanto salvato è andato perso). Libera spazio su disco o conserva meno cronologia nelle Opzioni.',
  unit_hours: '$1 h',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 h $2 min',
  ...itPlan,
  ...itReviewServes,
  ...itPopupMore,
  ...itOptions,
};
