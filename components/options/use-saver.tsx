import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/settings';
import type { Msg } from '@/utils/shared/i18n/msg';
import type { SettingsStore } from './settings-store';
import { useSay } from './use-say';

type Message = { kind: 'done' | 'error'; text: Msg } | null;

/**
 * A section's saves and their outcome: "saved" politely in the section's own
 * status line, a failure assertively, next to what failed.
 */
export function useSaver(store: SettingsStore) {
  const { say } = useSay();
  const [message, setMessage] = useState<Message>(null);
  async function save(patch: Partial<Settings>, notice: Msg): Promise<boolean> {
    const error = await store.update(patch, notice);
    setMessage(error ? { kind: 'error', text: error } : { kind: 'done', text: notice });
    return error === null;
  }
  const status = (
    <>
      {message?.kind === 'error' && (
        <p class="error" role="alert">
          {say(message.text)}
        </p>
      )}
      {/* Always present, so the change of its text is announced. */}
      <p class="notice" role="status">
        {message?.kind === 'done' ? say(message.text) : ''}
      </p>
    </>
  );
  /** A change refused before saving: said next to it, nothing stored. */
  const fail = (text: Msg) => setMessage({ kind: 'error', text });
  return { save, fail, status };
}
