import type { Messages } from '../../render';

export const ptBRDataHealth: Messages = {
  data_unreadable:
    'Alguns dados salvos não puderam ser lidos e por isso são ignorados. Todo o resto funciona como antes.',
};
