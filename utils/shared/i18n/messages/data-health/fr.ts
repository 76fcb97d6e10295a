import type { Messages } from '../../render';

export const frDataHealth: Messages = {
  data_unreadable:
    'Certaines données enregistrées n’ont pas pu être lues : elles sont ignorées. Tout le reste fonctionne comme avant.',
};
