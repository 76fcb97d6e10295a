interface Lifetime {
  onInvalidated(cb: () => void): unknown;
}

/**
 * One re-armable timer for the context's whole life. WXT's `ctx.setTimeout`
 * adds an abort listener to the context per call and never removes it; a
 * watcher that arms a timer per mutation batch leaked one listener a batch.
 * This one registers a single listener, however often it is armed.
 */
export function contextTimer(ctx: Lifetime, win: Window, run: () => void) {
  let id: number | undefined;
  let ended = false;
  ctx.onInvalidated(() => {
    ended = true;
    win.clearTimeout(id);
    id = undefined;
  });
  const fire = () => {
    id = undefined;
    if (!ended) run();
  };
  return {
    /** (Re)starts the countdown; nothing once the context ended. */
    arm(ms: number) {
      if (ended) return;
      win.clearTimeout(id);
      id = win.setTimeout(fire, ms);
    },
    get armed(): boolean {
      return id !== undefined;
    },
  };
}
