import type { Messages } from '../../render';

export const esDataHealth: Messages = {
  data_unreadable:
    'No se pudieron leer algunos datos guardados, así que se omiten. Todo lo demás funciona como antes.',
};
