/**
 * An element with its class and text, for the UI that runs inside the
 * Calendar page (plain DOM, no framework). Text goes in as text only:
 * titles there come from other people's invitations.
 */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
