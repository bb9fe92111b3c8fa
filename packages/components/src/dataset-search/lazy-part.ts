import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { addBuiltInMessages } from '../shared/i18n/locales.js';
import type { MessageCatalog } from '../shared/i18n/messages.js';

/**
 * A module loaded on first use; its `styles`, if any, join the element's shadow root, and its
 * `messages` the built-in texts.
 */
export interface LazyModule {
  styles?: CSSResult;
  messages?: MessageCatalog;
}

/**
 * A part of the widget that loads with `import()` when it is first needed (the Kreis map, the
 * expert panel's content, the JSON-LD), so that a page pays for it only when a visitor uses it. In
 * an app's bundler and in the script-tag build each becomes its own chunk. Its styles are adopted
 * by the shadow root as a constructed style sheet, which a strict CSP allows. A failed load leaves
 * `failed` set; the next `load()` tries again.
 */
export class LazyPart<T extends object> implements ReactiveController {
  module: T | undefined;
  failed = false;
  private pending: Promise<T | undefined> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly loader: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the module loads on first use.
  }

  /** Loads the module (once) and re-renders the element when it is there or has failed. */
  load(): Promise<T | undefined> {
    this.failed = false;
    this.pending ??= this.loader().then(
      (module) => {
        const { styles, messages } = module as LazyModule;
        if (messages) addBuiltInMessages(messages);
        this.adopt(styles);
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      () => {
        this.failed = true;
        this.pending = undefined;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.pending;
  }

  private adopt(styles: CSSResult | undefined): void {
    const root = this.host.shadowRoot;
    const sheet = styles?.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
