import { browser } from '#imports';

/** What the content script's code uses of its context: everything it starts ends with it. */
export interface PageContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  /** Only `wxt:locationchange`: the page's address changed (history navigation, no reload). */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

interface Navigation {
  addEventListener(
    type: 'navigate',
    cb: (e: { destination: { url: string } }) => void,
    o: object,
  ): void;
}

/**
 * The content script's context, in place of WXT's `ContentScriptContext` in
 * the content-script build only (`wxt.config.ts` aliases it; WXT's wrapper
 * constructs it as `new ContentScriptContext(name, options)`). WXT's is a
 * general class of ~3 KB minified; this keeps what Polarity uses, with the same
 * behaviour: it ends when the extension goes (runtime id gone) or when a newer
 * copy of the script starts in the page (the same event WXT's own context
 * sends and listens for, so an older build's script stops too).
 */
export class ContentScriptContext implements PageContext {
  private readonly ended = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(name: string) {
    const type = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: name, messageId: this.id } }),
    );
    const onNewer = (e: Event) => {
      const d = (e as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>)
        .detail;
      if (d?.contentScriptName === name && d.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(type, onNewer);
    this.onInvalidated(() => document.removeEventListener(type, onNewer));
  }

  get isValid(): boolean {
    // An orphaned script (extension reloaded, updated or removed) loses its runtime id.
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return !this.ended.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.ended.signal.addEventListener('abort', cb);
    return () => this.ended.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.ended.abort();
  }

  addEventListener(target: Window, _type: 'wxt:locationchange', handler: () => void): void {
    const signal = this.ended.signal;
    let last = target.location.href;
    const seen = (href: string) => {
      if (href === last) return;
      last = href;
      handler();
    };
    // The Navigation API where the browser has it, else a look every second (as WXT does).
    const nav = (target as Window & { navigation?: Navigation }).navigation;
    if (nav?.addEventListener)
      nav.addEventListener('navigate', (e) => seen(e.destination.url), { signal });
    else {
      const id = target.setInterval(() => {
        if (this.isValid) seen(target.location.href);
      }, 1000);
      this.onInvalidated(() => target.clearInterval(id));
    }
  }
}
