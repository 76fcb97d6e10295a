import type { Messages } from '../../render';

export const itDataHealth: Messages = {
  data_unreadable:
    'Alcuni dati salvati non sono leggibili e vengono ignorati. Tutto il resto funziona come prima.',
};
