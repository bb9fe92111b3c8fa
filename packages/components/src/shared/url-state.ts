import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How one widget's state is written in the page URL. Every parameter name starts with the
 * widget's namespace (`ds` → `ds-q`, `ds-theme`, …), so that two widgets on one page, each with
 * its own namespace, never read or overwrite each other's state.
 */
export interface UrlStateCodec<State> {
  /** Every parameter name this state may use in `namespace`: what `write` first clears. */
  keys(namespace: string): readonly string[];
  /** The state written in `params`, with defaults for what is missing or invalid. */
  read(params: URLSearchParams, namespace: string): State;
  /** Appends `state` to `params` (its keys are already cleared); defaults are best left out. */
  write(params: URLSearchParams, namespace: string, state: State): void;
}

/** What {@link UrlStateController} needs from its element. */
export interface UrlStateOptions<State> {
  /** The parameter namespace, or `undefined` when the element keeps no state in the URL. */
  namespace: () => string | undefined;
  codec: UrlStateCodec<State>;
  /** The element's current state. */
  current: () => State;
  /**
   * Shows a state read from the URL: when the element connects (`load`, only if the URL holds some
   * of its parameters) and on every `popstate` (`history`). `undefined` when the URL holds none of
   * the element's parameters (the visitor went back to before the first change): the element's own
   * defaults.
   */
  apply: (state: State | undefined, origin: 'load' | 'history') => void;
}

/**
 * How a change is recorded: `push` adds a history entry; `replace` rewrites the current one (a
 * change not worth a Back step, such as panning); `typing` replaces the entry that typing made
 * before, so that consecutive pauses in typing add one entry, not one each; `detail` pushes an
 * entry marked as the opening of a detail, so that closing it can go back instead of piling up.
 */
export type UrlStateRecord = 'push' | 'replace' | 'typing' | 'detail';

/** `params` with `namespace`'s parameters replaced by `state`; every other parameter stays. */
export function withState<State>(
  params: URLSearchParams,
  namespace: string,
  codec: UrlStateCodec<State>,
  state: State,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of codec.keys(namespace)) next.delete(key);
  codec.write(next, namespace, state);
  return next;
}

/** Whether `params` hold any of `namespace`'s parameters. */
export const hasState = (
  params: URLSearchParams,
  namespace: string,
  codec: UrlStateCodec<unknown>,
): boolean => codec.keys(namespace).some((key) => params.has(key));

/** `raw` (an attribute such as `sync-url`) as a namespace: `undefined` when absent, else trimmed or `fallback`. */
export const urlNamespace = (raw: string | null | undefined, fallback: string) =>
  raw == null ? undefined : raw.trim() || fallback;

/**
 * Keeps an element's state in the page URL (`sync-url`), so that a view can be shared, survives a
 * reload, and the back button steps through it. The state is read when the element connects and
 * on every `popstate`; `record()` writes it. Only the element's namespaced parameters are touched.
 */
export class UrlStateController<State> implements ReactiveController {
  /** The URL this controller last wrote for typed text; typing again replaces that entry. */
  private typingHref: string | undefined;
  /** Whether the `popstate` listener is on: only while the element keeps state in the URL. */
  private listening = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlStateOptions<State>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen(this.active);
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const params = new URLSearchParams(location.search);
    const { codec } = this.options;
    if (hasState(params, namespace, codec)) {
      this.options.apply(codec.read(params, namespace), 'load');
    }
  }

  hostUpdate(): void {
    // `sync-url` may be set or removed while the element is on the page.
    this.listen(this.active);
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  /** Without `sync-url` the element adds no listener to `window` at all. */
  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
  }

  /** Whether the element keeps its state in the URL. */
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

  /** Writes the current state into the URL (see {@link UrlStateRecord}); nothing if it is already there. */
  record(kind: UrlStateRecord): void {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    const params = withState(
      new URLSearchParams(location.search),
      namespace,
      this.options.codec,
      this.options.current(),
    );
    const search = params.toString();
    const url = new URL(location.href);
    url.search = search ? `?${search}` : '';
    if (url.href === location.href) return;
    if (kind === 'replace' || (kind === 'typing' && this.typingHref === location.href)) {
      history.replaceState(history.state, '', url);
    } else {
      history.pushState(kind === 'detail' ? { saxonDetailOf: namespace } : null, '', url);
    }
    if (kind !== 'replace') this.typingHref = kind === 'typing' ? location.href : undefined;
  }

  private readonly onPopState = (): void => {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    this.typingHref = undefined;
    const params = new URLSearchParams(location.search);
    const { codec } = this.options;
    this.options.apply(
      hasState(params, namespace, codec) ? codec.read(params, namespace) : undefined,
      'history',
    );
  };
}
