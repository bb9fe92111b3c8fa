import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type * as Card from './card.js';

/** The actor card's module: its views and styles. */
export type CardModule = typeof Card;

/** Where the card comes from: its own chunk. An object, so that a test can make the load fail. */
export const cardSource = {
  load: (): Promise<CardModule> => import('./card.js'),
};

/**
 * Loads the actor card when one first opens (`load()`; again after a failure with `retry()`), and
 * adds its styles to the shadow root as a constructed style sheet, which a strict CSP allows.
 * `state` is `idle` until then, `loading`, `ready` (with `module`) or `failed` (with `error`).
 */
export class CardPart implements ReactiveController {
  state: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  module: CardModule | undefined;
  error: unknown;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A card that was loaded before the element left the page keeps its styles on return.
    if (this.module) this.adopt(this.module);
  }

  /** Starts loading the card the first time; after a failure only `retry()` tries again. */
  load(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    cardSource.load().then(
      (module) => {
        this.adopt(module);
        this.module = module;
        this.state = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.error = error;
        this.state = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  /** Tries again after a failed load. */
  retry(): void {
    if (this.state !== 'failed') return;
    this.state = 'idle';
    this.load();
    this.host.requestUpdate();
  }

  private adopt({ styles }: CardModule): void {
    const root = this.host.shadowRoot;
    const sheet = styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * The card while its code loads: placeholder bars (as while an actor loads), or the error panel
 * with retry when the code could not be loaded. The map beside it keeps working.
 */
export function renderCardShell(part: CardPart) {
  return html`<section class="detail" part="detail" aria-busy=${part.state !== 'failed'}>
    ${
      part.state === 'failed'
        ? html`<saxon-error-panel
            part="detail-error"
            exportparts="title: error-title, message: error-message, retry-button"
            .error=${part.error}
            @saxon-retry=${() => part.retry()}
          ></saxon-error-panel>`
        : html`<saxon-skeleton part="detail-skeleton" lines="4"></saxon-skeleton>`
    }
  </section>`;
}
