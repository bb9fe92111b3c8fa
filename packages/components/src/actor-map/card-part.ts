import { html, type ReactiveControllerHost } from 'lit';
import { LazyPart } from '../shared/lazy-part.js';
import type * as Card from './card.js';

/** The actor card's module: its views and styles. */
export type CardModule = typeof Card;

/** Where the card comes from: its own chunk. An object, so that a test can make the load fail. */
export const cardSource = {
  load: (): Promise<CardModule> => import('./card.js'),
};

/**
 * Loads the actor card when one first opens (`load()`; again after a failure with `retry()`), its
 * styles adopted by the shadow root (shared/lazy-part.ts). `state` is `idle` until then,
 * `loading`, `ready` (with `module`) or `failed` (with `error`).
 */
export class CardPart extends LazyPart<CardModule> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, () => cardSource.load());
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
            @saxon-retry=${() => void part.retry()}
          ></saxon-error-panel>`
        : html`<saxon-skeleton part="detail-skeleton" lines="4"></saxon-skeleton>`
    }
  </section>`;
}
