import { frCheck } from './check/fr';
import { frReviewServes } from './review-serves/fr';
import { frPopupMore } from './popup-more/fr';
import { frOptions } from './options/fr';
import { frLegend } from './legend/fr';
import { frWelcome } from './welcome/fr';
import type { Messages } from '../render';
import { frExport } from './export/fr';
import { frPlan } from './plan/fr';
import { frDataHealth } from './data-health/fr';
import { frPopup } from './popup/fr';
import { frPageMore } from './page/fr';
import { frReader } from './reader/fr';

// French. Product words: ../glossary.ts.
export const fr: Messages = {
  ...frCheck,
  ...frPageMore,
  ...frExport,
  ...frReader,
  ...frDataHealth,
  ...frPopup,
  ext_name: 'Polarity',
  ext_description:
    "Équilibrez exécution et innovation : votre semaine Google Agenda dans la barre d'outils, une alerte si l'innovation est grignotée.",
  ext_action_title: 'Polarity',
  page_control_label: 'Catégorie Polarity',
  page_category_group: 'Catégorie',
  page_execution: 'Exécution',
  page_innovation: 'Innovation',
  page_exclude: 'Exclure',
  page_auto: 'Auto',
  page_apply_to: 'Appliquer à',
  page_scope_event: 'Cet événement',
  page_scope_series: 'Tous les événements de la série',
  page_reading: 'Lecture…',
  page_never_counted: '$1 · jamais compté',
  page_tag_error: "Impossible d'enregistrer la catégorie. Rechargez la page et réessayez.",
  page_dismiss: 'Ignorer',
  page_nudges_label: 'Alertes Polarity',
  reason_tag: 'Choisi par vous',
  reason_series_tag: 'Choisi pour la série',
  reason_rule: 'Règle $1 : $2',
  reason_keyword: 'Auto : mot-clé « $1 »',
  reason_no_keyword: "Auto : aucun mot-clé d'innovation",
  reason_allday: 'Auto : événement sur toute la journée',
  reason_task: 'Auto : Google Tasks',
  reason_working_location: 'Auto : lieu de travail',
  reason_out_of_office: 'Auto : absent du bureau',
  reason_holiday: 'Auto : jour férié',
  reason_birthday: 'Auto : anniversaire',
  rule_why_keyword: 'mot-clé « $1 »',
  rule_why_regex: 'le titre correspond à $1',
  rule_why_calendar: 'agenda « $1 »',
  rule_why_color: 'couleur « $1 »',
  rule_why_guests: 'avec invités',
  rule_why_solo: 'sans invités',
  rule_why_time_block: 'bloc de temps',
  nudge_taken_title: "Temps d'innovation grignoté : $1",
  nudge_taken_message: '$1 : $2 perdues.\n$3',
  nudge_cause_overlap: '« $1 » le chevauche',
  nudge_cause_overlap_unnamed: 'Un événement le chevauche',
  nudge_cause_deleted: 'Il a été supprimé',
  nudge_cause_shortened: 'Il a été raccourci',
  nudge_cause_moved_out: 'Il a été déplacé hors de la semaine',
  nudge_rebook: 'Reprogrammer',
  nudge_open: "Ouvrir dans l'agenda",
  nudge_next_unseen_title: "Semaine prochaine : du temps d'innovation est-il réservé ?",
  nudge_next_unseen_message:
    "Polarity n'a pas encore vu la semaine prochaine et ne peut donc pas le dire. Ouvrez-la dans Google Agenda et réservez du temps d'innovation avant qu'elle ne se remplisse.",
  nudge_next_empty_title: "Aucun temps d'innovation réservé la semaine prochaine",
  nudge_next_empty_message:
    "Aucun sur les $1 jours vus sur 7. Réservez un créneau avant que quelqu'un d'autre ne prenne ce temps.",
  nudge_book_time: 'Réserver du temps',
  nudge_open_next_week: 'Ouvrir la semaine prochaine',
  nudge_block_title: "Temps d'innovation",
  badge_unreadable: 'Polarity$1 : $2. Les chiffres enregistrés restent inchangés.',
  badge_first_visit: 'Polarity$1 : ouvrez cette semaine dans Google Agenda pour la compter',
  badge_nothing_counted: "Polarity$1 : aucun temps d'exécution ou d'innovation cette semaine ($2)",
  ...frWelcome,
  ...frLegend,
  badge_account: ' (compte u/$1)',
  badge_days_seen: '$1 jours vus sur 7',
  badge_no_overrides: 'aucun empiètement',
  badge_overrides_one: "$1 empiètement sur le temps d'innovation en cours",
  badge_overrides_many: "$1 d'empiètements sur le temps d'innovation en cours",
  badge_overrides_other: "$1 empiètements sur le temps d'innovation en cours",
  badge_after_hours: " ; $1 d'innovation en dehors des heures de travail",
  badge_storage_full:
    "Polarity : le stockage est plein, les dernières modifications de l'agenda n'ont pas été enregistrées (rien de ce qui était enregistré n'a été perdu). Libérez de l'espace disque, ou gardez moins d'historique dans les options.",
  unit_hours: '$1 h',
  unit_minutes: '$1 min',
  unit_hours_minutes: '$1 h $2 min',
  ...frPlan,
  ...frReviewServes,
  ...frPopupMore,
  ...frOptions,
};
