import type { Messages } from '../../render';

export const deDataHealth: Messages = {
  data_unreadable:
    'Einige gespeicherte Daten konnten nicht gelesen werden und werden übersprungen. Alles andere funktioniert wie bisher.',
};
