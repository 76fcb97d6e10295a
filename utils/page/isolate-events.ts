/** Events Calendar would act on: close the bubble, steal focus, fire single-key shortcuts. */
const ISOLATED = [
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'mousedown',
  'click',
  'wheel',
  'focusin',
  'focusout',
] as const;

/**
 * Stops our UI's events at its shadow root, after its own handlers ran. A
 * capture listener on the host would run before them (the host is the
 * retargeted target) and kill the UI's own clicks and keys. `passEscape`
 * lets Escape through, so the popover still closes from the keyboard.
 */
export function isolateEvents(shadow: ShadowRoot, { passEscape = false } = {}): void {
  for (const type of ISOLATED) {
    shadow.addEventListener(type, (e) => {
      if (passEscape && type === 'keydown' && (e as KeyboardEvent).key === 'Escape') return;
      e.stopPropagation();
    });
  }
}
