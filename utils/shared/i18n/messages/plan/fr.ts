import type { Messages } from '../../render';

// French: the week ahead (see ./en.ts). Product words: ../../glossary.ts.
export const frPlan: Messages = {
  plan_badge_gap: ' ; prévu $1 % : réservez encore $2 pour atteindre $3 %',
  plan_badge_on_target: ' ; prévu $1 %',
  plan_heading: 'La semaine à venir',
  plan_this_week: 'Cette semaine',
  plan_next_week: 'Semaine prochaine',
  plan_planned: 'Prévu : $1 % d’innovation · objectif $2 %',
  plan_nothing_planned: 'Rien de prévu pour l’instant.',
  plan_so_far: 'Jusqu’ici : $1 d’innovation, $2 d’exécution',
  plan_ahead: 'Prévu : $1 d’innovation, $2 d’exécution',
  plan_gap: 'Réservez encore $1 pour atteindre $2 %.',
  plan_on_target: 'Dans l’objectif, comme prévu.',
  plan_out_of_reach: 'Un objectif de $1 % est inatteignable tant que de l’exécution est réservée.',
  plan_unseen: 'Pas encore vue.',
  plan_open_week: 'L’ouvrir dans Google Agenda',
  plan_days_seen: 'Prévu d’après les $1 jours vus sur 7.',
  plan_slots_label: 'Créneaux libres pendant les heures de travail',
  plan_book_slot: 'Réserver $1',
  plan_no_slots: 'Aucun créneau libre pendant les heures de travail les jours vus.',
  plan_weekly: 'Répéter chaque semaine',
  plan_other_hours: 'Montrer aussi les créneaux hors des heures de travail',
  plan_other_slots_label: 'Créneaux libres hors des heures de travail',
  plan_booking_note:
    'Ouvre la page de création d’événement de Google Agenda, préremplie ; rien n’est enregistré tant que vous ne l’enregistrez pas là-bas.',
  plan_streak_one: '$1 semaine de suite dans l’objectif',
  plan_streak_many: '$1 de semaines de suite dans l’objectif',
  plan_streak_other: '$1 semaines de suite dans l’objectif',
  plan_streak_at_least_one: 'Au moins $1 semaine de suite dans l’objectif',
  plan_streak_at_least_many: 'Au moins $1 de semaines de suite dans l’objectif',
  plan_streak_at_least_other: 'Au moins $1 semaines de suite dans l’objectif',
  plan_streak_none:
    'La semaine dernière était sous l’objectif : pas encore de série de semaines dans l’objectif.',
  plan_streak_kept: 'Le plan de cette semaine la prolonge.',
  plan_streak_at_risk:
    'Cette semaine est prévue sous l’objectif : réservez l’écart pour garder la série.',
  plan_pattern_heading: 'Innovation hors des heures de travail, deux semaines de suite',
  plan_pattern_weeks: 'Semaine du $1 : $2 % de l’innovation hors des heures de travail.',
  plan_pattern_reason:
    'L’innovation repoussée au soir après une journée pleine d’exécution mène à l’épuisement. Réservez-la dans la journée de travail, où elle peut être protégée.',
  nudge_streak_title_one: 'Gardez votre $1 semaine dans l’objectif',
  nudge_streak_title_many: 'Gardez vos $1 de semaines dans l’objectif',
  nudge_streak_title_other: 'Gardez vos $1 semaines dans l’objectif',
  nudge_streak_message:
    'Cette semaine est prévue à $1 % pour un objectif de $2 %. Réservez encore $3 : $4 est libre.',
  nudge_streak_message_no_slot:
    'Cette semaine est prévue à $1 % pour un objectif de $2 %. Réservez encore $3 avant la fin de la semaine.',
  nudge_pattern_title: 'Innovation hors des heures de travail, deux semaines de suite',
  nudge_pattern_message:
    'Deux semaines durant, l’essentiel de votre innovation a eu lieu hors des heures de travail. Ce chemin mène à l’épuisement : réservez-la dans la journée de travail.',
  nudge_book_slot: 'Réserver le créneau',
  nudge_open_week: 'Ouvrir cette semaine',
  opt_ahead_heading: 'La semaine à venir',
  opt_block_name_label: 'Titre d’un bloc réservé depuis la fenêtre',
  opt_block_name_hint:
    'Les boutons de créneau de la fenêtre ouvrent la page de création d’événement de Google Agenda avec ce titre. Laissez vide pour le titre par défaut.',
  opt_block_name_saved: 'Les blocs réservés s’intituleront « $1 ».',
  opt_streak_label: 'Quand une série de semaines dans l’objectif va se rompre',
  opt_streak_hint:
    'En fin de semaine de travail, si cette semaine est prévue sous l’objectif : un rappel, avec un créneau libre.',
  opt_pattern_label: 'Quand l’innovation glisse hors des heures de travail',
  opt_pattern_hint:
    'Une fois, si l’essentiel de l’innovation a eu lieu hors des heures de travail deux semaines de suite, avec des créneaux pendant celles-ci.',
  opt_nudge_on: 'Activé : $1.',
  opt_nudge_off: 'Désactivé : $1.',
  // Innovation that serves execution: the tag control's choice and the popup's section.
  serves_label: 'Sert à…',
  serves_none: 'Rien de particulier',
  serves_heading: 'L’innovation au service de l’exécution',
  serves_share: '$1 des $2 d’innovation de cette semaine ont servi l’exécution.',
  serves_item: '$1 : $2',
  serves_empty:
    'Aucune innovation de cette semaine n’est liée à l’exécution. Dans Google Agenda, ouvrez un événement d’innovation et choisissez ce qu’il sert sous « Sert à… ».',
  serves_trend_heading: 'Sur huit semaines',
  serves_trend_down: '$1 : le temps d’exécution a baissé après le travail, de $2 à $3 par semaine.',
  serves_trend_up: '$1 : le temps d’exécution a augmenté après le travail, de $2 à $3 par semaine.',
  serves_trend_same: '$1 : le temps d’exécution est resté à $2 par semaine après le travail.',
  serves_trend_unknown: '$1 : pas encore assez de semaines avant et après le travail pour le dire.',
};
