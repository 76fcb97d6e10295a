import type { Messages } from './render';

/** One entry of a browser's `_locales/<locale>/messages.json`. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A catalogue in the browsers' own format: `$1` becomes a named placeholder
 * `$P1$` (the only form both stores document), a literal `$` becomes `$$`.
 */
export function toMessagesJson(messages: Messages): Record<string, MessageEntry> {
  const out: Record<string, MessageEntry> = {};
  for (const [name, text] of Object.entries(messages)) {
    const used = new Set<string>();
    const message = text.replace(/\$(\d)?/g, (_, n?: string) => {
      if (!n) return '$$';
      used.add(n);
      return `$P${n}$`;
    });
    const entry: MessageEntry = { message };
    if (used.size) {
      entry.placeholders = Object.fromEntries(
        [...used].sort().map((n) => [`p${n}`, { content: `$${n}` }]),
      );
    }
    out[name] = entry;
  }
  return out;
}

/** Back to the source form, for the page's strings fetched from the built extension. */
export function fromMessagesJson(json: Record<string, MessageEntry>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(json)) {
    out[name] = entry.message
      .replace(
        /\$(\w+)\$/g,
        (whole, ph: string) => entry.placeholders?.[ph.toLowerCase()]?.content ?? whole,
      )
      .replace(/\$\$/g, '$');
  }
  return out;
}
