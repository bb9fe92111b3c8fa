import type { ReactiveControllerHost } from 'lit';
import { LazyPart } from '../shared/lazy-part.js';
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
 * markers never wait for them (shared/lazy-part.ts). `state` is `loading`, `ready` (with
 * `outlines`) or `failed` (with `error`; `retry()` tries again). Without outlines the map works as
 * before, on a plain background.
 */
export class OutlinesLoader extends LazyPart<KreisOutlines> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, () => outlineSource.load());
  }

  override hostConnected(): void {
    super.hostConnected();
    void this.load(); // from the first connection on; later calls do nothing
  }

  get outlines(): KreisOutlines | undefined {
    return this.module;
  }
}
