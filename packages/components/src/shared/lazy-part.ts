import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { addBuiltInMessages } from './i18n/locales.js';
import type { MessageCatalog } from './i18n/messages.js';

/**
 * What a lazily loaded module may carry besides its views: `styles` join the element's shadow
 * root, `messages` the built-in texts (German and English travel with the part).
 */
export interface LazyModule {
  styles?: CSSResult;
  messages?: MessageCatalog;
}

/** `idle` until the first `load()`, then `loading`, and `ready` or `failed`. */
export type LazyPartState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A part of a widget that loads with `import()` when it is first needed — the actor card, the
 * Kreis outlines, the dataset search's facets, detail, map, time choices and expert panel — so that
 * a page pays for it only when it is used. In an app's bundler and in the script-tag build each
 * becomes its own chunk. Its styles are adopted by the shadow root as a constructed style sheet,
 * which a strict CSP allows; its texts join the built-in catalogs before it first renders.
 *
 * `load()` starts the first load (later calls share it, and a failed load is not tried again by
 * itself, so a render may call it); `retry()` tries again after a failure. The element re-renders
 * when the part is there (`module`) or has failed (`error`).
 */
export class LazyPart<T extends object> implements ReactiveController {
  state: LazyPartState = 'idle';
  module: T | undefined;
  error: unknown;
  private pending: Promise<T | undefined> | undefined;
  /** The load settled while the element was off the page: it renders when it returns. */
  private settledAway = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loader: () => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Whether the last load failed (a retry has not started yet). */
  get failed(): boolean {
    return this.state === 'failed';
  }

  hostConnected(): void {
    // A part loaded before the element left the page keeps its styles on return.
    if (this.module) this.adopt(this.module);
    if (this.settledAway) {
      this.settledAway = false;
      this.host.requestUpdate();
    }
  }

  /** Starts the first load; resolves with the module, or undefined once the load has failed. */
  load(): Promise<T | undefined> {
    if (this.state === 'idle') {
      this.state = 'loading';
      this.pending = this.loader().then(
        (module) => {
          this.adopt(module);
          this.module = module;
          this.state = 'ready';
          this.settled();
          return module;
        },
        (error: unknown) => {
          this.error = error;
          this.state = 'failed';
          this.settled();
          return undefined;
        },
      );
    }
    return this.pending ?? Promise.resolve(this.module);
  }

  /** Tries again after a failed load (or starts the first one); the element shows it loading. */
  retry(): Promise<T | undefined> {
    if (this.state === 'failed') this.state = 'idle';
    const loading = this.load();
    this.host.requestUpdate();
    return loading;
  }

  /** Renders the outcome — not on an element that has left the page (nothing may change there). */
  private settled(): void {
    if (this.host.isConnected) this.host.requestUpdate();
    else this.settledAway = true;
  }

  private adopt(module: T): void {
    const { styles, messages } = module as LazyModule;
    if (messages) addBuiltInMessages(messages);
    const root = this.host.shadowRoot;
    const sheet = styles?.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
