import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The filters that widgets with the same `context="…"` attribute share: the topics chosen (any of
 * them matches) and a Kreis (its 5-digit AGS). A key that is absent is not filtered on.
 */
export interface ContextFilters {
  topics?: string[];
  kreis?: string;
}

/** Where a change came from: another widget, or another widget restoring its URL state (load, back/forward). */
export type ContextOrigin = 'other' | 'url';

/** `detail` of the `saxon-context-change` event on `document`. */
export interface ContextChangeDetail {
  context: string;
  state: ContextFilters;
  /** The element that published the change. */
  source: EventTarget;
  origin: ContextOrigin;
}

/** The event on `document` that carries every change of a context to the widgets of that context. */
export const CONTEXT_CHANGE_EVENT = 'saxon-context-change';

/**
 * Each widget may come from its own `<script>` bundle, and so from its own copy of this module: the
 * state therefore lives once per page on `globalThis`, under a registered symbol every copy finds.
 * Version 1 of its shape is `{ version: 1, states: Map<context name, ContextFilters> }`; a later
 * version must keep `states` readable by this one.
 */
const REGISTRY_KEY = Symbol.for('saxon-ai.filter-context');

interface ContextRegistry {
  version: number;
  states: Map<string, ContextFilters>;
}

function registry(): ContextRegistry {
  const global = globalThis as { [REGISTRY_KEY]?: ContextRegistry };
  const found = global[REGISTRY_KEY];
  if (found && found.states instanceof Map) return found;
  const created: ContextRegistry = { version: 1, states: new Map() };
  global[REGISTRY_KEY] = created;
  return created;
}

const AGS_KREIS = /^\d{5}$/;

/**
 * The shared form of a state: topics as unique non-empty strings in sorted order (their order means
 * nothing), a Kreis only as a 5-digit AGS, empty keys left out. Anything on the page can dispatch
 * the event, so its detail is untrusted.
 */
export function normalizeContextFilters(input: unknown): ContextFilters {
  const raw = (input ?? {}) as Record<string, unknown>;
  const state: ContextFilters = {};
  const topics = Array.isArray(raw.topics)
    ? [...new Set(raw.topics.filter((t): t is string => typeof t === 'string' && t !== ''))]
    : [];
  if (topics.length) state.topics = topics.sort();
  if (typeof raw.kreis === 'string' && AGS_KREIS.test(raw.kreis)) state.kreis = raw.kreis;
  return state;
}

/** Whether two normalized states filter the same: their keys come in one order, topics sorted. */
export const sameContextFilters = (a: ContextFilters, b: ContextFilters): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const isEmpty = (state: ContextFilters) => !state.topics && !state.kreis;

export interface FilterContextOptions {
  /** The context this host belongs to (its `context` attribute), or `null`/`''` for none. */
  name: () => string | null | undefined;
  /**
   * Called when another widget of the same context changed the filters, and once when the host
   * joins a context that already has filters. Not called for the host's own `publish`.
   */
  onChange: (state: ContextFilters, origin: ContextOrigin) => void;
}

/**
 * Shares filters between widgets of the same `context` without their importing each other: the
 * state lives in a page-wide registry (so a widget that joins late gets it) and every change is
 * announced by a `saxon-context-change` event on `document`. Without a context name the controller
 * does nothing, and the widget works alone, exactly as without it.
 */
export class FilterContextController implements ReactiveController {
  private joined: string | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FilterContextOptions,
  ) {
    host.addController(this);
  }

  /** The filters of the host's context now (empty without a context). */
  get state(): ContextFilters {
    return (this.joined && registry().states.get(this.joined)) || {};
  }

  /**
   * Changes the context's filters: the keys in `patch` replace the current ones (`undefined` or an
   * empty list clears a key). Tells the other widgets of the context only when the filters really
   * changed, so widgets that answer a change with a `publish` of their own do not loop. `origin:
   * 'url'` marks a change that restores URL state, so receivers need not add a history entry.
   */
  publish(patch: Partial<ContextFilters>, origin: ContextOrigin = 'other'): void {
    this.sync();
    const name = this.joined;
    if (!name) return;
    const current = this.state;
    const next = normalizeContextFilters({ ...current, ...patch });
    if (sameContextFilters(current, next)) return;
    registry().states.set(name, next);
    const detail: ContextChangeDetail = { context: name, state: next, source: this.host, origin };
    document.dispatchEvent(new CustomEvent(CONTEXT_CHANGE_EVENT, { detail }));
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    // The `context` attribute may change while the host is on the page.
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.joined = null;
    this.listen(false);
  }

  /** Follows the host's context name; on joining a context that has filters, hands them over. */
  private sync(): void {
    // A host's other controller may publish while the host connects, before this one hears of it
    // (the map restores its URL state then): a host on the page is in its context already.
    const onPage = this.connected || (this.host as Partial<Node>).isConnected === true;
    const name = (onPage && this.options.name()) || null;
    if (name === this.joined) return;
    this.joined = name;
    // Only a widget in a context listens on `document`: without one it leaves no trace on the page.
    this.listen(name !== null);
    const state = this.state;
    if (name && !isEmpty(state)) this.options.onChange(state, 'other');
  }

  private listen(on: boolean): void {
    if (on) document.addEventListener(CONTEXT_CHANGE_EVENT, this.onContextChange);
    else document.removeEventListener(CONTEXT_CHANGE_EVENT, this.onContextChange);
  }

  private readonly onContextChange = (event: Event): void => {
    const detail = (event as CustomEvent<Partial<ContextChangeDetail> | null>).detail;
    if (!detail || detail.source === this.host) return;
    if (!this.joined || detail.context !== this.joined) return;
    // A page script may dispatch the event itself: keep the registry equal to what was announced.
    const state = normalizeContextFilters(detail.state);
    if (!sameContextFilters(this.state, state)) registry().states.set(this.joined, state);
    this.options.onChange(state, detail.origin === 'url' ? 'url' : 'other');
  };
}
