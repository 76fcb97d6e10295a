import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/settings';
import type { SettingsStore } from './settings-store';

type Message = { kind: 'done' | 'error'; text: string } | null;

/**
 * A section's saves and their outcome: "saved" politely in the section's own
 * status line, a failure assertively, next to what failed.
 */
export function useSaver(store: SettingsStore) {
  const [message, setMessage] = useState<Message>(null);
  async function save(patch: Partial<Settings>, notice: string): Promise<boolean> {
    const error = await store.update(patch, notice);
    setMessage(error ? { kind: 'error', text: error } : { kind: 'done', text: notice });
    return error === null;
  }
  const status = (
    <>
      {message?.kind === 'error' && (
        <p class="error" role="alert">
          {message.text}
        </p>
      )}
      {/* Always present, so the change of its text is announced. */}
      <p class="notice" role="status">
        {message?.kind === 'done' ? message.text : ''}
      </p>
    </>
  );
  /** A change refused before saving: said next to it, nothing stored. */
  const fail = (text: string) => setMessage({ kind: 'error', text });
  return { save, fail, status };
}
