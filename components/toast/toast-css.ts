/**
 * Styles for the toast's shadow root. Bottom-left like Google's own snackbar,
 * but lifted above it: Calendar shows "Event saved · Undo" there right after
 * an edit, which is exactly when a toast appears, and Undo must stay
 * reachable. The host takes no room and no clicks; only the cards do.
 */
export const TOAST_CSS = `
:host {
  position: fixed !important;
  left: 16px !important;
  bottom: 88px !important;
  z-index: 2147483000 !important;
  display: block !important;
  pointer-events: none !important;
  --fg: #1f1f1f;
  --muted: #444746;
  --line: #747775;
  --bg: #ffffff;
  --accent: #0b57d0;
  --on-accent: #ffffff;
  --alert: #c5221f;
  color: var(--fg) !important;
  font: 14px/1.4 'Google Sans', Roboto, Arial, sans-serif !important;
}
:host([data-theme='dark']) {
  --fg: #e3e3e3;
  --muted: #c4c7c5;
  --line: #8e918f;
  --bg: #2d2e30;
  --accent: #a8c7fa;
  --on-accent: #062e6f;
  --alert: #f2b8b5;
}
.toasts { display: flex; flex-direction: column-reverse; gap: 8px; width: min(360px, calc(100vw - 32px)); }
.toast {
  pointer-events: auto;
  background: var(--bg);
  border-radius: 8px;
  /* The red stripe is an inset shadow: it follows the rounded corners instead of bending a border. */
  box-shadow: inset 4px 0 0 var(--alert), 0 4px 8px 3px rgba(0, 0, 0, .15), 0 1px 3px rgba(0, 0, 0, .3);
  padding: 12px 16px 12px 20px;
}
p { margin: 0; overflow-wrap: anywhere; }
.brand { font-size: 11px; font-weight: 500; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
.title { margin-top: 2px; font-weight: 500; font-size: 15px; }
.message { margin-top: 4px; color: var(--muted); white-space: pre-line; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
button {
  font: inherit;
  font-weight: 500;
  color: var(--accent);
  background: transparent;
  border: 1px solid var(--line);
  border-radius: 18px;
  padding: 5px 14px;
  cursor: pointer;
}
button:hover { background: color-mix(in srgb, var(--accent) 8%, transparent); }
button.primary { color: var(--on-accent); background: var(--accent); border-color: transparent; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
