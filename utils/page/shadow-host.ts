export interface Lifetime {
  onInvalidated(cb: () => void): unknown;
}

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * A custom-named element with an open shadow root holding `css` and `ui`,
 * not yet in the page: the caller places it. Open because the end-to-end
 * tests look inside; the isolation that matters is of styles, not of access.
 * The host leaves the page with `ctx`, so a reloaded or disabled extension
 * leaves no dead UI behind.
 */
export function createShadowHost(
  ctx: Lifetime,
  doc: Document,
  name: string,
  css: string,
  ui: Node,
): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style, ui);
  ctx.onInvalidated(() => host.remove());
  return { host, shadow };
}
