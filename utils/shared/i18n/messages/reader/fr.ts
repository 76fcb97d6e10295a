import type { Messages } from '../../render';

export const frReader: Messages = {
  view_loading: "chargement en cours : la grille de l'agenda n'est pas encore sur la page",
  view_loading_which: "chargement en cours : impossible de savoir encore de quelle vue il s'agit",
  view_unknown: 'impossible de lire cette vue : Polarity ne la connaît pas',
  view_none_readable: 'impossible de lire cette vue : $1 trouvé(s), aucun lisible',
  view_unplaced: 'impossible de lire cette vue : $1 trouvé(s), mais $2$3',
  view_no_main: 'aucune zone principale',
  view_no_view: 'aucune vue que Polarity reconnaisse',
  view_no_columns: 'aucune colonne de jour',
  view_no_week_rows: 'aucune ligne de semaine datée',
  view_no_rows: 'aucune ligne',
  view_no_grid: 'aucune grille',
  view_hooks: ' (cellules : $1, colonnes de jour : $2, éléments datés : $3, lignes : $4)',
  view_chips_one: "$1 puce d'événement",
  view_chips_many: "$1 de puces d'événement",
  view_chips_other: "$1 puces d'événement",
};
