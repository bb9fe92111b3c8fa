import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  hasStateParams,
  readStateParams,
  writeStateParams,
  type SearchState,
} from './search-state.js';

/** What {@link UrlSync} needs from its element. */
export interface UrlSyncOptions {
  /** The parameter namespace (`ds` → `ds-q`, `ds-theme`, …), or `undefined` when syncing is off. */
  namespace: () => string | undefined;
  /** The element's current search state. */
  current: () => SearchState;
  /**
   * Shows a state read from the URL; `undefined` when the URL holds none of the element's
   * parameters (the visitor went back to before the first search): the element's own defaults.
   */
  apply: (state: SearchState | undefined) => void;
}

/**
 * Keeps an element's search state in the page URL, so that a search can be shared and the back
 * button steps through it. The state is read when the element connects and on every `popstate`;
 * `record()` writes it with `history.pushState`, except that consecutive typing replaces its own
 * entry instead of adding one per pause. Only the element's namespaced parameters are touched.
 */
export class UrlSync implements ReactiveController {
  /** The URL this controller last wrote for typed text; typing again replaces that entry. */
  private typingHref: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const params = new URLSearchParams(location.search);
    if (hasStateParams(params, namespace)) this.options.apply(readStateParams(params, namespace));
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Whether the element keeps its state in the URL (`sync-url`). */
  get active(): boolean {
    return this.options.namespace() !== undefined;
  }

  /**
   * Whether the current history entry is one `record('detail')` wrote: going back from it returns
   * to the entry the detail was opened from.
   */
  get onDetailEntry(): boolean {
    const state = history.state as { saxonDetailOf?: unknown } | null;
    return this.active && state?.saxonDetailOf === this.options.namespace();
  }

  /**
   * Writes the current state into the URL: a new history entry (marked for `detail`, the opening
   * of a dataset's detail), or — for `typing` right after typing — the entry typing made before.
   * Nothing happens when the URL already says the same.
   */
  record(kind: 'push' | 'typing' | 'detail'): void {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const params = writeStateParams(
      new URLSearchParams(location.search),
      namespace,
      this.options.current(),
    );
    const search = params.toString();
    const url = new URL(location.href);
    url.search = search ? `?${search}` : '';
    if (url.href === location.href) return;
    if (kind === 'typing' && this.typingHref === location.href) {
      history.replaceState(history.state, '', url);
    } else {
      history.pushState(kind === 'detail' ? { saxonDetailOf: namespace } : null, '', url);
    }
    this.typingHref = kind === 'typing' ? location.href : undefined;
  }

  private readonly onPopState = (): void => {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    this.typingHref = undefined;
    const params = new URLSearchParams(location.search);
    this.options.apply(
      hasStateParams(params, namespace) ? readStateParams(params, namespace) : undefined,
    );
  };
}
