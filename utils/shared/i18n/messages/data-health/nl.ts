import type { Messages } from '../../render';

export const nlDataHealth: Messages = {
  data_unreadable:
    'Sommige opgeslagen gegevens konden niet worden gelezen en worden overgeslagen. Al het andere werkt zoals voorheen.',
};
