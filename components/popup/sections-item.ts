import { storage } from '#imports';
import type { SectionState } from './store';

/** Which popup sections the user opened: this device only, nothing worth syncing. */
export const sectionsItem = storage.defineItem<Record<string, boolean>>('local:popupSections', {
  fallback: {},
  version: 1,
});

const ID = /^[a-z-]{1,32}$/;

/** Stored values are not trusted: only short ids set to true survive, at most a few dozen. */
export function checkSections(value: unknown): SectionState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const open = Object.entries(value)
    .filter(([id, v]) => ID.test(id) && v === true)
    .slice(0, 32);
  return Object.fromEntries(open);
}
