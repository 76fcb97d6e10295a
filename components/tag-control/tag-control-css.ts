/**
 * Styles for the tag control's shadow root. Light by default; the mount sets
 * `data-theme="dark"` on the host when Calendar's popover is dark (Calendar has
 * its own theme setting, so the OS preference alone is not enough).
 */
export const TAG_CONTROL_CSS = `
:host {
  display: block !important;
  margin: 4px 16px 12px 52px !important;
  --fg: #1f1f1f;
  --muted: #444746;
  --line: #747775;
  --bg: #ffffff;
  --focus: #0b57d0;
  --exec: #3c4043;
  --innov: #7b1fa2;
  --excl: #5f6368;
  --on: #ffffff;
  color: var(--fg) !important;
  font: 13px/1.4 'Google Sans', Roboto, Arial, sans-serif !important;
}
:host([data-theme='dark']) {
  --fg: #e3e3e3;
  --muted: #c4c7c5;
  --line: #8e918f;
  --bg: #1e1f20;
  --focus: #a8c7fa;
  --exec: #c4c7c5;
  --innov: #e1bee7;
  --excl: #9aa0a6;
  --on: #1f1f1f;
}
.polarity { margin: 0; }
.row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.brand { font-size: 11px; font-weight: 500; letter-spacing: .04em; color: var(--muted); text-transform: uppercase; }
.choices { display: inline-flex; gap: 4px; flex-wrap: wrap; }
.choice {
  font: inherit;
  font-weight: 500;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--line);
  border-radius: 14px;
  padding: 3px 10px;
  cursor: pointer;
}
.choice:hover:not(:disabled) { border-color: var(--fg); }
.choice:disabled { cursor: default; opacity: .6; }
.choice:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.choice[aria-pressed='true'] { color: var(--on); border-color: transparent; font-weight: 700; }
.choice.execution[aria-pressed='true'] { background: var(--exec); }
.choice.innovation[aria-pressed='true'] { background: var(--innov); box-shadow: 0 0 0 2px var(--bg), 0 0 0 3px var(--innov); }
.choice.excluded[aria-pressed='true'] { background: var(--excl); }
.choice.auto[aria-pressed='true'] { color: var(--fg); background: transparent; border: 1px dashed var(--fg); font-weight: 500; }
.scope { border: 0; margin: 6px 0 0; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; color: var(--fg); }
.scope legend { float: left; padding: 0; margin-right: 4px; color: var(--muted); }
.scope label { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; }
.scope input { margin: 0; accent-color: var(--innov); }
.scope input:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.reason { margin: 6px 0 0; color: var(--muted); overflow-wrap: anywhere; }
`;
