import type { Messages } from '../../render';

export const plDataHealth: Messages = {
  data_unreadable:
    'Części zapisanych danych nie udało się odczytać, więc są pomijane. Wszystko inne działa jak dotąd.',
};
