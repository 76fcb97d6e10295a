import type { Messages } from '../../render';

// French: the options page. Product words: ../../glossary.ts.
export const frOptions: Messages = {
  options_page_title: 'Options de Polarity',
  options_lead:
    'Les modifications sont enregistrées au fur et à mesure et apparaissent aussitôt sur le badge, dans la fenêtre Polarity et dans Google Agenda. Tout reste dans ce navigateur.',
  options_target_heading: 'Objectif',
  options_week_heading: 'Semaine de travail',
  options_nudges_heading: 'Rappels',
  options_rules_heading: 'Règles',
  options_rules_lead:
    'Chaque événement est classé par le premier de ces critères qui s’applique : votre catégorie sur l’événement, votre catégorie sur sa série, vos règles dans l’ordre (la première qui correspond l’emporte), puis les mots-clés intégrés.',
  options_add_rule_heading: 'Ajouter une règle',
  options_add_rule: 'Ajouter la règle',
  options_keywords_heading: 'Mots-clés intégrés',
  options_try_heading: 'Essayer',
  options_data_heading: 'Vos données',

  options_settings_load_error: 'Impossible de lire vos paramètres : $1.',
  options_settings_problem: 'Non enregistré : $1.',
  options_settings_not_saved: 'Non enregistré : $1. Vos paramètres sont inchangés.',
  options_rules_load_error: 'Impossible de lire vos règles : $1',
  options_rules_not_saved: 'Non enregistré : $1',

  options_target_legend: 'Répartition visée, exécution / innovation',
  options_target_hint:
    'La bonne répartition dépend de l’étendue de votre rôle, pas du 50/50. Le badge est vert lorsque vous atteignez ou dépassez votre objectif.',
  options_fits_90_10:
    'Nouveau dans un rôle de responsable, ou un périmètre restreint où les parties prenantes attendent surtout des livrables.',
  options_fits_80_20:
    'Chef d’équipe encore opérationnel : l’essentiel de la semaine produit, un bloc protégé améliore la façon de faire.',
  options_fits_75_25:
    'À la tête de plusieurs équipes : transformer les problèmes d’exécution récurrents en listes de contrôle, modèles et automatisations.',
  options_fits_60_40:
    'Un large périmètre (un département ou plus), où votre rôle est de regarder un horizon plus loin.',
  options_custom: 'Personnalisé',
  options_custom_fits: 'Votre propre répartition, si aucune de celles-ci ne convient.',
  options_custom_percent: 'Part d’innovation, en pourcentage',
  options_custom_error: 'Saisissez un nombre entier de $1 à $2.',
  options_target_saved: 'Objectif fixé à $1.',
  options_target_custom_saved: 'Objectif fixé à $1/$2 (personnalisé).',

  options_week_start_label: 'La semaine commence le',
  options_week_start_google: 'Comme dans Google Agenda',
  options_week_start_saved: 'La semaine commence désormais le $1.',
  options_week_start_saved_google: 'La semaine commence désormais comme dans Google Agenda.',
  options_working_days: 'Jours travaillés',
  options_day_on: '$1 est désormais un jour travaillé.',
  options_day_off: '$1 n’est plus un jour travaillé.',
  options_keep_one_day: 'Gardez au moins un jour travaillé.',
  options_working_hours: 'Heures de travail',
  options_hours_hint:
    'L’innovation en dehors de ces heures compte quand même ; la fenêtre Polarity l’indique comme hors horaires.',
  options_from: 'De',
  options_to: 'À',
  options_enter_time: 'Saisissez une heure, par exemple $1.',
  options_hours_order: 'Les heures de travail doivent se terminer après leur début.',
  options_hours_saved: 'Heures de travail : de $1 à $2.',

  options_nudge_me: 'Me prévenir',
  options_nudge_overrides: 'Quand du temps d’innovation est pris',
  options_nudge_overrides_hint:
    'Une réunion posée sur un bloc d’innovation, ou un bloc supprimé, raccourci ou déplacé hors de la semaine : une notification et une note dans Google Agenda, une seule fois.',
  options_nudge_overrides_on: 'Vous serez prévenu quand du temps d’innovation est pris.',
  options_nudge_overrides_off: 'Plus de rappels quand du temps d’innovation est pris.',
  options_nudge_next_week: 'Quand aucune innovation n’est prévue la semaine prochaine',
  options_nudge_next_week_hint:
    'En fin de semaine de travail, un rappel pour la réserver avant que quelqu’un d’autre ne prenne ce temps.',
  options_nudge_next_week_on:
    'Vous serez invité à réserver le temps d’innovation de la semaine prochaine.',
  options_nudge_next_week_off: 'Plus de rappels pour la semaine prochaine.',
  options_nudge_quiet: 'Silence en dehors des heures de travail',
  options_nudge_quiet_hint:
    'Un rappel qui tombe le soir ou un jour de repos attend votre prochaine heure de travail.',
  options_nudge_quiet_on: 'Les rappels attendent les heures de travail.',
  options_nudge_quiet_off: 'Les rappels arrivent à toute heure.',

  options_no_rules: 'Aucune règle pour l’instant : les mots-clés intégrés ci-dessous décident.',
  options_rule_n: 'Règle $1 :',
  options_quoted: '« $1 »',
  options_when_keywords: 'le titre contient $1',
  options_when_regex: 'le titre correspond à $1',
  options_when_calendar: 'l’agenda est $1',
  options_when_color: 'la couleur est $1',
  options_when_guests: 'avec des invités',
  options_when_solo: 'seul (sans invités)',
  options_when_time_block: 'est un bloc de temps (temps de concentration, tâche planifiée)',
  options_move_up: 'Monter la règle $1',
  options_move_down: 'Descendre la règle $1',
  options_edit_rule: 'Modifier la règle $1',
  options_delete_rule: 'Supprimer la règle $1',
  options_edit: 'Modifier',
  options_delete: 'Supprimer',
  options_save_rule: 'Enregistrer la règle $1',
  options_max_rules: '$1 règles au maximum.',
  options_rule_added: 'Règle ajoutée.',
  options_rule_saved: 'Règle enregistrée.',
  options_rule_moved: 'Règle déplacée en position $1.',
  options_rule_deleted: 'Règle supprimée.',

  options_condition: 'Condition',
  options_type_keywords: 'Le titre contient un mot-clé',
  options_type_regex: 'Le titre correspond à une expression régulière',
  options_type_calendar: 'L’agenda est',
  options_type_color: 'La couleur de l’événement est',
  options_type_guests: 'Invités',
  options_type_time_block: 'Est un bloc de temps (temps de concentration, tâche planifiée)',
  options_text_keywords: 'Mots-clés, séparés par des virgules',
  options_text_regex: 'Expression régulière',
  options_text_calendar: 'Nom de l’agenda',
  options_text_color: 'Nom de la couleur (comme dans l’agenda, p. ex. Graphite)',
  options_case_sensitive: 'Respecter la casse',
  options_the_event: 'L’événement',
  options_has_guests: 'a des invités',
  options_is_solo: 'est sans invités',
  options_then: 'Alors',
  options_cancel: 'Annuler',
  options_no_keyword: 'Saisissez au moins un mot-clé.',
  options_too_many_keywords: 'Utilisez au plus $1 mots-clés par règle.',
  options_keyword_too_long: 'Chaque mot-clé doit faire moins de $1 caractères.',
  options_pattern_empty: 'L’expression est vide.',
  options_pattern_too_long: 'L’expression dépasse $1 caractères.',
  options_pattern_invalid: 'Expression régulière non valide : $1',
  options_calendar_empty: 'Saisissez un nom d’agenda.',
  options_calendar_too_long: 'Le nom de l’agenda est trop long.',
  options_color_empty: 'Saisissez un nom de couleur.',
  options_color_too_long: 'Le nom de la couleur est trop long.',
  options_choose_category: 'Choisissez une catégorie.',

  options_keywords_label:
    'Mots-clés d’innovation (un par ligne ; mots entiers, majuscules ou minuscules). Tout autre événement horaire relève de l’exécution ; les événements sur la journée, les absences, les lieux de travail, les tâches, les jours fériés et les anniversaires sont exclus.',
  options_save_keywords: 'Enregistrer les mots-clés',
  options_restore_keywords: 'Rétablir la liste intégrée',
  options_keywords_saved: 'Mots-clés enregistrés.',

  options_test_title: 'Tester un titre',
  options_test_placeholder: 'p. ex. Revue du prototype',
  options_test_hint:
    'Les règles d’agenda, de couleur et d’invités ont besoin d’un vrai événement : elles ne s’appliquent donc jamais ici.',

  options_storage_full_title: 'L’espace de stockage est plein.',
  options_storage_full:
    'À $1, Polarity n’a pas pu enregistrer ceci : $2. Rien de ce qui était déjà stocké n’a été perdu ni endommagé.',
  options_storage_full_hint:
    'Libérez de l’espace disque ou conservez moins d’historique (sous « Vos données » ci-dessous). Le badge l’indique aussi, jusqu’à ce qu’un enregistrement réussisse.',

  options_history_kept: 'Historique conservé',
  options_history_default: '$1 (par défaut)',
  options_history_saved: 'Historique conservé : $1.',
  options_history_hint:
    'Les semaines plus anciennes sont supprimées chaque jour. Les catégories de séries restent.',
  options_history_confirm_title: 'Ne garder que $1 d’historique ?',
  options_history_confirm: 'Supprimer l’historique plus ancien',
  options_history_cancel: 'Le garder',
  options_history_body:
    'Tout ce qui précède le $1 est supprimé maintenant : les jours stockés, leurs empiètements et les catégories des événements qui ne sont plus affichés. Faites d’abord une sauvegarde si vous pourriez en avoir besoin.',
  options_backup_heading: 'Sauvegarde',
  options_backup_hint:
    'Un seul fichier JSON avec tout : historique, catégories, empiètements, règles et paramètres. Il reste sur votre ordinateur.',
  options_backup_button: 'Sauvegarder toutes les données',
  options_restore_heading: 'Restauration',
  options_restore_label: 'Restaurer à partir d’un fichier de sauvegarde',
  options_restore_hint:
    'Le fichier entier est vérifié d’abord ; un fichier endommagé ou étranger est refusé et rien ne change.',
  options_restore_title: 'Remplacer toutes vos données par $1 ?',
  options_restore_confirm: 'Remplacer mes données',
  options_restore_cancel: 'Annuler la restauration',
  options_restore_body: 'Tout ce que Polarity contient maintenant est remplacé, en une seule fois.',
  options_reset_heading: 'Tout recommencer',
  options_reset_button: 'Supprimer toutes les données…',
  options_reset_title: 'Supprimer toutes les données de Polarity ?',
  options_reset_confirm: 'Tout supprimer',
  options_reset_cancel: 'Garder mes données',
  options_reset_body:
    'Chaque semaine, catégorie et empiètement stockés sont supprimés de ce navigateur, et les règles et paramètres reviennent à leurs valeurs par défaut (aussi sur vos autres navigateurs synchronisés). C’est irréversible : faites d’abord une sauvegarde si vous pourriez en avoir besoin.',
  options_working: 'En cours…',

  options_backup_holds: '$1 d’historique (du $2 au $3), $4, $5, $6 et les paramètres',
  options_backup_holds_no_days: '$1 d’historique, $2, $3, $4 et les paramètres',
  options_tags_one: '$1 catégorie',
  options_tags_many: '$1 de catégories',
  options_tags_other: '$1 catégories',
  options_overrides_one: '$1 empiètement',
  options_overrides_many: '$1 d’empiètements',
  options_overrides_other: '$1 empiètements',
  options_rules_one: '$1 règle',
  options_rules_many: '$1 de règles',
  options_rules_other: '$1 règles',
  options_old_backup_rules:
    'aucune règle (une sauvegarde plus ancienne : vos règles restent telles quelles)',
  options_backup_saved: '$1 enregistré : $2.',
  options_backup_saved_plain: '$1 enregistré.',
  options_backup_failed: 'Échec de la sauvegarde : $1.',
  options_backup_of: 'Sauvegarde du $1 : $2.',
  options_file_refused: 'Non restauré : $1 Rien n’a été modifié.',
  options_restore_cancelled: 'Restauration annulée. Rien n’a été modifié.',
  options_not_restored: 'Non restauré : $1',
  options_restore_error: 'Non restauré : $1. Rien n’a été modifié.',
  options_restore_partial:
    'L’historique, les catégories et les empiètements ont été restaurés, mais pas les paramètres ni les règles : $1.',
  options_restored: '$1 restauré.',
  options_restored_pruned_one:
    '$2 restauré. $1 jour plus ancien que l’historique conservé a ensuite été retiré.',
  options_restored_pruned_many:
    '$2 restauré. $1 de jours plus anciens que l’historique conservé ont ensuite été retirés.',
  options_restored_pruned_other:
    '$2 restauré. $1 jours plus anciens que l’historique conservé ont ensuite été retirés.',
  options_nothing_deleted: 'Rien n’a été supprimé.',
  options_reset_refused: 'Non supprimé : $1',
  options_reset_partial:
    'L’historique a été supprimé, mais les paramètres n’ont pas pu être réinitialisés : $1.',
  options_reset_done:
    'Toutes les données de Polarity ont été supprimées ; les paramètres et les règles sont revenus à leurs valeurs par défaut.',
  options_reset_error: 'Rien n’a été supprimé : $1.',
};
