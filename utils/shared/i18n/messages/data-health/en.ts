// Stored records that could not be read (utils/domain/db/heal.ts): popup and options.
export const enDataHealth = {
  data_unreadable:
    'Some stored data could not be read, so it is skipped. Everything else works as before.',
} as const;
