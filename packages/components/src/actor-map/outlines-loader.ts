import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as Outlines from './kreis-outlines.js';

/** The map's base layer as loaded: the Kreis outlines and the state border. */
export type KreisOutlines = typeof Outlines;

/**
 * Where the outlines come from: their own chunk. An object, so that a test can make the load fail
 * or wait.
 */
export const outlineSource = {
  load: (): Promise<KreisOutlines> => import('./kreis-outlines.js'),
};

/**
 * Loads the Kreis outlines as soon as the map connects, in parallel with its actors, so that the
 * markers never wait for them. `state` is `loading`, `ready` (with `outlines`) or `failed` (with
 * `error`; `retry()` tries again). Without outlines the map works as before, on a plain background.
 */
export class OutlinesLoader implements ReactiveController {
  state: 'loading' | 'ready' | 'failed' = 'loading';
  outlines: KreisOutlines | undefined;
  error: unknown;
  private pending = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state === 'loading') this.load();
  }

  /** Tries again after a failed load. */
  retry(): void {
    this.state = 'loading';
    this.host.requestUpdate();
    this.load();
  }

  private load(): void {
    if (this.pending || this.outlines) return;
    this.pending = true;
    outlineSource
      .load()
      .then(
        (outlines) => {
          this.outlines = outlines;
          this.state = 'ready';
        },
        (error: unknown) => {
          this.error = error;
          this.state = 'failed';
        },
      )
      .finally(() => {
        this.pending = false;
        this.host.requestUpdate();
      });
  }
}
