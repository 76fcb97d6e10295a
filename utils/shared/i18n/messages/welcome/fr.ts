import type { enWelcome } from './en';

export const frWelcome: Record<keyof typeof enWelcome, string> = {
  welcome_title: 'Bienvenue dans Polarity',
  welcome_lead:
    'L’exécution et l’innovation forment une polarité : deux besoins que l’on gère ensemble. Polarity lit votre semaine dans Google Agenda, distingue les deux et garde la répartition sous vos yeux. Rien ne quitte ce navigateur.',
  welcome_role_heading: '1. Votre rôle et votre périmètre',
  welcome_role_hint:
    'La bonne répartition dépend du périmètre de votre rôle. Choisissez celle qui s’en rapproche le plus : elle est enregistrée aussitôt et modifiable dans les options.',
  welcome_week_heading: '2. Votre semaine de travail',
  welcome_week_hint:
    'L’innovation en dehors de ces heures compte quand même, et apparaît comme du temps hors horaires.',
  welcome_tag_heading: '3. Classer un événement',
  welcome_tag_auto:
    'Chaque événement reçoit une catégorie tout seul : les titres avec des mots comme « prototype » ou « stratégie » comptent comme innovation, les événements sur la journée et les absences sont exclus, le reste est de l’exécution.',
  welcome_tag_fix:
    'Pour corriger, ouvrez l’événement dans Google Agenda : sous ses détails, Polarity affiche quatre boutons, Exécution, Innovation, Exclure et Auto. Pour un événement périodique, vous pouvez classer toute la série.',
  welcome_marks_intro: 'Chaque événement de l’agenda porte une barre sur son bord gauche :',
  welcome_marks_label: 'Repères dans l’agenda',
  welcome_mark_innovation:
    'Innovation : une large barre bleu canard et un contour autour de l’événement.',
  welcome_mark_execution: 'Exécution : une barre étroite bleu marine.',
  welcome_mark_excluded: 'Exclu : une barre rayée et des hachures ; il ne compte pas.',
  welcome_badge_heading: '4. Ce que dit le badge',
  welcome_badge_lead:
    'L’icône de la barre d’outils affiche la part d’innovation de la semaine. Son info-bulle dit l’état en toutes lettres, avec les heures, l’objectif et les jours vus.',
  welcome_badges_label: 'États du badge',
  welcome_badge_on_target: 'Vert : objectif atteint ou dépassé.',
  welcome_badge_below: 'Ambre clair, texte foncé : sous votre objectif.',
  welcome_badge_override:
    'Rouge foncé : du temps d’innovation a été pris et n’est pas encore traité.',
  welcome_badge_none: 'Gris, sans chiffre : rien n’est encore compté.',
  welcome_open_heading: '5. Ouvrir Google Agenda',
  welcome_open_hint:
    'Polarity compte les semaines que vous ouvrez en vue semaine. Ouvrez cette semaine, puis remontez quelques semaines pour remplir votre historique.',
  welcome_open_button: 'Ouvrir Google Agenda',
  welcome_later: 'Vous pouvez revenir à cette page depuis les options.',
  welcome_options_button: 'Ouvrir les options',
  options_start_heading: 'Premiers pas',
  options_welcome_button: 'Afficher la page d’accueil',
  options_welcome_hint:
    'Rôle et objectif, semaine de travail, fonctionnement du classement et du badge.',
  options_shortcut: 'Raccourci clavier de la fenêtre Polarity :',
  options_shortcut_none: 'Aucun raccourci clavier n’est défini pour la fenêtre Polarity.',
  options_shortcut_change:
    'Vous pouvez le modifier dans les raccourcis d’extensions de votre navigateur (Chrome : chrome://extensions/shortcuts ; Firefox : Modules complémentaires, Gérer les raccourcis d’extensions).',
  badge_split_on_target:
    'Polarity$1 : objectif atteint. Innovation $2 % ($3), exécution $4 % ($5) ; objectif $6 % ; $7$8 ; $9',
  badge_split_below:
    'Polarity$1 : sous l’objectif. Innovation $2 % ($3), exécution $4 % ($5) ; objectif $6 % ; $7$8 ; $9',
  badge_split_override:
    'Polarity$1 : temps d’innovation pris. Innovation $2 % ($3), exécution $4 % ($5) ; objectif $6 % ; $7$8 ; $9',
};
