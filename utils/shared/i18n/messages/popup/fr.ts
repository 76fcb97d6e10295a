import type { Messages } from '../../render';

// French: the popup's and the review page's words. Product words: ../../glossary.ts.
export const frPopup: Messages = {
  popup_settings: 'Paramètres',
  popup_overrides_heading: 'Empiètements cette semaine',
  popup_overrides_none: "Aucun empiètement sur le temps d'innovation cette semaine.",
  popup_override_overlap: 'Chevauché par $1, $2 perdues',
  popup_override_deleted: 'Supprimé, $1 perdues',
  popup_override_shortened: 'Raccourci, $1 perdues',
  popup_override_moved: 'Déplacé hors de la semaine, $1 perdues',
  popup_override_rebooked: 'Replanifié',
  popup_override_dismissed: 'Ignoré',
  popup_rebook: 'Replanifier',
  popup_rebook_label: 'Replanifier $1',
  popup_next_heading: 'Prochaine étape',
  popup_next_book:
    "Il manque $1 de temps d'innovation pour atteindre votre objectif. La semaine n'est pas finie : réservez-le maintenant.",
  popup_next_book_action: "Réserver du temps d'innovation dans l'agenda",
  popup_next_open_week:
    "Cette semaine n'a pas encore été vue en entier, sa répartition peut donc être faussée. Ouvrez-la dans l'agenda pour compter chaque jour.",
  popup_next_open_week_action: "Ouvrir cette semaine dans l'agenda",
  popup_next_browse:
    "Votre historique a des trous : Polarity ne compte que les semaines ouvertes dans l'agenda. Ouvrez celles qui manquent pour compléter la tendance.",
  popup_next_browse_action: 'Ouvrir la plus ancienne semaine manquante',
  popup_next_tag_one:
    "$1 événement a été classé par défaut. Vérifiez-le et attribuez-lui une catégorie si Polarity s'est trompé.",
  popup_next_tag_many:
    "$1 d'événements ont été classés par défaut. Vérifiez-les et attribuez une catégorie à ceux que Polarity a mal classés.",
  popup_next_tag_other:
    '$1 événements ont été classés par défaut. Vérifiez-les et attribuez une catégorie à ceux que Polarity a mal classés.',
  popup_next_tag_action: 'Vérifier et classer',
  popup_next_none: 'Tout est en ordre : rien à faire cette semaine.',
  popup_more_heading: 'Plus sur cette semaine',
  popup_section_blocks: "Blocs d'innovation",
  popup_section_daily: 'Jour par jour',
  popup_section_trend: '$1 dernières semaines',
  popup_section_after_hours: 'Hors des heures de travail',
  popup_section_largest: "Plus gros postes d'exécution",
  popup_section_question: 'Une question pour la semaine',
  popup_section_export: 'Exporter',
  popup_gaps_intro:
    "Polarity ne remplit votre historique qu'avec les semaines ouvertes dans l'agenda. Pas encore vues en entier :",
  popup_gap_link: '$1 ($2 jours vus sur 7)',
  popup_review: 'Vérifier et classer cette semaine',
  review_title: 'Vérifier et classer',
  review_intro:
    'Les événements de la semaine, regroupés par titre. Modifiez un événement, toute une série ou tous les événements du même titre, ce qui enregistre une règle.',
  review_weeks: 'Semaines',
  review_previous: 'Semaine précédente',
  review_next: 'Semaine suivante',
  review_filter_default: 'Seulement les événements classés par défaut',
  review_loading: 'Chargement de la semaine…',
  review_first_run:
    "Rien n'a encore été lu. Ouvrez Google Agenda en vue semaine, puis revenez ici.",
  review_empty: "Aucun événement vu pour cette semaine. Ouvrez-la dans l'agenda, puis revenez ici.",
  review_open_week: "Ouvrir cette semaine dans l'agenda",
  review_filter_empty:
    'Tous les événements de cette semaine ont été classés par une catégorie ou une règle.',
  review_group_count: '$1 cette semaine',
  review_auto: 'Auto',
  review_no_rule: 'Aucune règle',
  review_title_rule: 'Tous les événements portant ce titre',
  review_title_rule_saved: 'Enregistré comme règle $1 : $2',
  review_series: 'Tous les événements de la série',
  review_event: '$1, $2',
  review_by_default: 'classé par défaut',
  review_saved: 'Enregistré. $1',
  review_failed: 'Non enregistré : $1',
  review_rules_link: 'Toutes les règles dans les options',
};
