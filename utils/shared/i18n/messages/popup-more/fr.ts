import type { Messages } from '../../render';

// French: the popup's sections, states and "Show what Polarity read". Product words: ../../glossary.ts.
export const frPopupMore: Messages = {
  popup_loading: 'Chargement de votre semaine…',
  popup_show_read: 'Voir ce que Polarity a lu',
  popup_hours: '$1 h',
  popup_chart_hours: '$1 h',
  popup_week_number: 'S$1',

  popup_first_heading: 'Bienvenue dans Polarity',
  popup_first_intro:
    'Polarity découvre votre semaine en lisant Google Agenda pendant que vous le consultez.',
  popup_first_step_open: 'Ouvrez Google Agenda en vue Semaine.',
  popup_first_step_browse:
    'Parcourez les semaines à compter : chaque semaine affichée est mémorisée.',
  popup_first_step_back: 'Revenez ici pour voir la répartition entre exécution et innovation.',
  popup_first_private: 'Tout reste dans ce navigateur. Rien n’est envoyé nulle part.',
  popup_first_open: 'Ouvrir Google Agenda',

  popup_nodata_heading: 'Rien de vu pour cette semaine',
  popup_nodata_text:
    'Polarity compte une semaine dès que vous l’avez consultée dans Google Agenda.',
  popup_nodata_open: 'Ouvrir cette semaine dans Google Agenda',

  popup_load_error: 'Impossible de charger la semaine.',
  popup_try_again: 'Réessayer',
  popup_error_detail: 'Détails techniques',
  popup_unreadable_note: 'Les chiffres ci-dessous proviennent de la lecture précédente.',
  popup_storage_full: 'Le stockage est plein.',
  popup_storage_detail:
    'À $1, Polarity n’a pas pu enregistrer $2 : cette semaine peut donc ne pas refléter vos dernières modifications. Rien de ce qui était enregistré n’a été perdu. Libérez de l’espace disque ou conservez moins d’historique dans les Options.',
  popup_storage_what_tag: 'une catégorie',
  popup_storage_what_nudge: 'votre réponse à un rappel',
  popup_storage_what_page: 'la page de l’agenda',
  popup_storage_what_change: 'une modification',

  popup_daily_label: 'Exécution et innovation par jour : $1',
  popup_daily_day: '$1 $2',
  popup_daily_split: 'exécution $1, innovation $2',
  popup_not_seen: 'non vu',
  popup_show_table: 'Afficher sous forme de tableau',
  popup_day: 'Jour',

  popup_blocks_none:
    'Aucun bloc d’innovation cette semaine. Réservez-en un avant que la semaine ne se remplisse.',
  popup_blocks_kept_count: '$1 sur $2 préservés',
  popup_block_kept: 'Préservé',
  popup_block_kept_double: 'Préservé, $1 en double réservation',
  popup_block_overridden: 'Empiété, $1 perdues',
  popup_block_overlap: 'chevauché par $1, $2 perdues',
  popup_block_overlap_unnamed: 'chevauché, $1 perdues',
  popup_block_deleted: 'supprimé, $1 perdues',
  popup_block_shortened: 'raccourci, $1 perdues',
  popup_block_moved: 'déplacé hors de la semaine, $1 perdues',
  popup_block_rebooked: 'reprogrammé',
  popup_block_dismissed: 'ignoré',

  popup_after_within: 'Tout le temps d’innovation était dans les heures de travail.',
  popup_after_outside: '$1 sur $2 d’innovation ($3) en dehors des heures de travail.',
  popup_after_warning:
    'L’innovation repoussée le soir après une journée pleine d’exécution mène à l’épuisement : réservez-la pendant la journée de travail.',

  popup_largest_series_one: 'série, $1 fois',
  popup_largest_series_many: 'série, $1 fois',
  popup_largest_series_other: 'série, $1 fois',
  popup_largest_repeated_one: 'répété, $1 fois',
  popup_largest_repeated_many: 'répété, $1 fois',
  popup_largest_repeated_other: 'répété, $1 fois',

  popup_trend_label: 'Part d’innovation par semaine par rapport à un objectif de $1 : $2',
  popup_trend_point: '$1 : $2 ($3 jours sur 7 vus)',
  popup_trend_no_data: '$1 : aucune donnée',
  popup_trend_note: 'Innovation en % par semaine ; la ligne pointillée est votre objectif de $1.',
  popup_show_list: 'Afficher sous forme de liste',

  popup_export_csv: 'Cette semaine en CSV',
  popup_export_json: 'Toutes les données en JSON',
  popup_saved_file: '$1 enregistré',
  popup_export_failed: 'Échec de l’export.',
  popup_no_page_report: 'Pas de rapport de page.',

  popup_question_1:
    'Quelle part de l’exécution de cette semaine pourrait devenir une liste de contrôle ou un modèle qu’une autre personne pourrait appliquer ?',
  popup_question_2:
    'Quand la semaine est devenue difficile, vous êtes-vous replié sur le travail vous-même, ou l’avez-vous piloté ?',
  popup_question_3:
    'Votre temps d’innovation était-il réservé là où personne ne pouvait le prendre, ou a-t-il glissé vers vos soirées ?',
  popup_question_4:
    'Votre objectif convient-il à votre rôle et à votre périmètre actuels, ou est-ce une habitude d’un rôle précédent ?',
  popup_question_5:
    'Laquelle de vos idées a calé cette semaine faute d’une prochaine étape concrète ?',
  popup_question_6:
    'Que pourrait-on automatiser, pour que le temps gagné aille à l’horizon suivant plutôt qu’à davantage de travail ?',
  popup_question_7:
    'Où le travail de votre équipe rejoint-il celui des autres équipes, et votre équipe voit-elle ces interfaces ?',
  popup_question_8:
    'Comment l’exécution de cette semaine a-t-elle nourri une idée, et comment une idée pourrait-elle alléger l’exécution de la semaine prochaine ?',
  popup_question_9:
    'Quelle réunion récurrente votre équipe pourrait-elle prendre en charge sans vous ?',
  popup_question_10:
    'Qui dans votre équipe a repéré un petit manque et proposé une solution, et le lui avez-vous dit ?',
  popup_question_11:
    'Si vous regardiez un horizon plus loin la semaine prochaine, pour quoi réserveriez-vous du temps ?',
  popup_question_12:
    'Quelles exigences vous ont semblé relever du « ou bien » cette semaine, et comment pourraient-elles devenir « et » ?',

  popup_read_back: '← Retour à la semaine',
  popup_read_heading: 'Ce que Polarity a lu',
  popup_read_loading: 'Consultation de la dernière lecture…',
  popup_read_error: 'Impossible d’interroger Polarity.',
  popup_read_none:
    'Polarity n’a lu aucune page Google Agenda depuis le démarrage du navigateur. Ouvrez-en une, puis revenez.',
  popup_read_cant: 'Impossible de lire cette vue',
  popup_read_verdict_one: '$2 lue : $1 événement compté.',
  popup_read_verdict_many: '$2 lue : $1 d’événements comptés.',
  popup_read_verdict_other: '$2 lue : $1 événements comptés.',
  popup_view_day: 'Vue Jour',
  popup_view_week: 'Vue Semaine',
  popup_view_customday: 'Vue personnalisée (jours)',
  popup_view_customweek: 'Vue personnalisée (semaine)',
  popup_view_month: 'Vue Mois',
  popup_view_agenda: 'Vue Planning',
  popup_view_year: 'Vue Année',
  popup_view_current: 'Vue actuelle',
  popup_read_not_stored:
    'Rien de cette page n’a été enregistré : vos chiffres sont inchangés. Un rapport de page (ci-dessous) montre à quoi ressemble la page maintenant, pour qu’elle puisse être corrigée.',
  popup_read_chips_found: 'Puces d’événement trouvées',
  popup_read_chips_unread: 'Puces que Polarity n’a pas pu lire',
  popup_read_not_counted: 'Non comptés',
  popup_read_nothing: 'rien',
  popup_read_per_day: 'Comptés par jour',
  popup_read_events: 'Événements',
  popup_read_time: 'Durée',
  popup_read_partly: 'partiellement affiché',
  popup_read_time_blocks_one: '($1 bloc de temps)',
  popup_read_time_blocks_many: '($1 de blocs de temps)',
  popup_read_time_blocks_other: '($1 blocs de temps)',
  popup_read_partly_note:
    'Partiellement affiché : une puce n’a pas pu être lue, ou « N autres » masque des événements. Polarity garde ce qu’il a enregistré pour ces jours et ne fait qu’y ajouter.',
  popup_read_why_heading: 'Non comptés, et pourquoi',
  popup_read_no_title: '(sans titre)',
  popup_why_declined: 'refusé',
  popup_why_task: 'tâche',
  popup_why_all_day: 'toute la journée',
  popup_why_holiday: 'jour férié',
  popup_why_birthday: 'anniversaire',
  popup_why_working_location: 'lieu de travail',
  popup_why_out_of_office: 'absent du bureau',
  popup_count_declined_one: '$1 refusé',
  popup_count_declined_many: '$1 de refusés',
  popup_count_declined_other: '$1 refusés',
  popup_count_task_one: '$1 tâche',
  popup_count_task_many: '$1 de tâches',
  popup_count_task_other: '$1 tâches',
  popup_count_all_day_one: '$1 toute la journée',
  popup_count_all_day_many: '$1 toute la journée',
  popup_count_all_day_other: '$1 toute la journée',
  popup_count_holiday_one: '$1 jour férié',
  popup_count_holiday_many: '$1 de jours fériés',
  popup_count_holiday_other: '$1 jours fériés',
  popup_count_birthday_one: '$1 anniversaire',
  popup_count_birthday_many: '$1 d’anniversaires',
  popup_count_birthday_other: '$1 anniversaires',
  popup_count_working_location_one: '$1 lieu de travail',
  popup_count_working_location_many: '$1 de lieux de travail',
  popup_count_working_location_other: '$1 lieux de travail',
  popup_count_out_of_office_one: '$1 absence du bureau',
  popup_count_out_of_office_many: '$1 d’absences du bureau',
  popup_count_out_of_office_other: '$1 absences du bureau',
  popup_read_report_heading: 'Signaler un problème',
  popup_read_report_note:
    'Enregistre la structure de la page dans un fichier à joindre à un rapport de bug. Chaque titre, nom, adresse, description et identifiant y est remplacé par un espace réservé.',
  popup_read_report_save: 'Enregistrer un rapport de page',
  review_too_many_rules: 'Au plus $1 règles possibles ; supprimez-en une dans les Options.',
};
