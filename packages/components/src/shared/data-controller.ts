import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError } from './error-message.js';
import type { Localizer } from './i18n/localizer.js';

/** What a data-driven element shows. */
export type DataState = 'loading' | 'success' | 'empty' | 'error';

/** How a {@link DataController} loads. */
export interface DataControllerOptions<A extends readonly unknown[], R> {
  /** The parameters of the request. When they change (compared deeply), the data loads again. */
  args: () => A;
  /** Loads the data. Pass `signal` on to the SDK: it aborts a request that is no longer wanted. */
  task: (args: A, options: { signal: AbortSignal }) => Promise<R>;
  /** The host's localizer, for the texts the live region reads out. */
  i18n: Localizer;
  /**
   * Milliseconds to wait after a parameter change before loading, so that typing sends one request.
   * The first load, a retry and a reload after re-attaching start at once. Default 300.
   */
  debounce?: number;
  /** Whether a result means "nothing found" (the empty state). */
  isEmpty?: (result: R) => boolean;
  /** What the live region says about a result, e.g. "17 Themen". */
  announce?: (result: R) => string;
}

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

const abortError = () => new DOMException('The element left the page.', 'AbortError');

const { valueOf, toString } = Object.prototype;

/**
 * Whether two parameters are the same: equal values, or objects of one kind whose values are —
 * arrays and plain objects key by key, a `Date` (or anything with a `valueOf` or `toString` of its
 * own) by that value. The parameters are strings, numbers, arrays, plain objects and clients (the
 * page's own one is itself; a client the element makes is new when its source is).
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (a.constructor !== b.constructor) return false;
  if (a.valueOf !== valueOf) return a.valueOf() === b.valueOf();
  if (a.toString !== toString && !Array.isArray(a)) return String(a) === String(b);
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && same(a[key as never], b[key as never]))
  );
}

/** Where the newest load stands. */
type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/**
 * The loads of a {@link DataController}: a load starts when the parameters change (compared with
 * {@link same} before each update) or on {@link run}, aborts the load it supersedes, and only the
 * newest load's outcome counts — a slow earlier answer never overwrites a newer one. (The part of
 * `@lit/task` the controller used, without the rest of it.)
 */
class Loads<A extends readonly unknown[], R> implements ReactiveController {
  status: LoadStatus = 'initial';
  value?: R;
  error: unknown;
  private args?: A;
  private newest = 0;
  private controller?: AbortController;
  private done?: Promise<R | undefined>;
  private finish?: (value: R | undefined) => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly argsOf: () => A,
    private readonly load: (args: A, signal: AbortSignal) => Promise<R>,
  ) {
    host.addController(this);
  }

  /** Settles when the newest load has: with its result, or `undefined` when it failed. */
  get settled(): Promise<R | undefined> {
    return this.done ?? Promise.resolve(this.value);
  }

  hostUpdate(): void {
    const args = this.argsOf();
    const previous = this.args;
    this.args = args;
    if (!previous || !same(previous, args)) void this.run(args);
  }

  /** Loads with `args` (default: the current parameters), aborting a load still running. */
  async run(args = this.argsOf()): Promise<void> {
    this.args = args;
    if (this.status === 'pending') this.controller?.abort();
    else this.done = new Promise((resolve) => (this.finish = resolve));
    this.status = 'pending';
    this.host.requestUpdate();
    const id = ++this.newest;
    const controller = (this.controller = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.load(args, controller.signal);
    } catch (reason) {
      failed = true;
      error = reason;
    }
    if (id !== this.newest) return;
    this.status = failed ? 'error' : 'complete';
    this.value = value;
    this.error = error;
    this.finish?.(value);
    this.host.requestUpdate();
  }

  /** Aborts the running load, if any, with `reason`. */
  abort(reason: unknown): void {
    if (this.status === 'pending') this.controller?.abort(reason);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Loads an element's data through the SDK and tells it what to show. It loads when the parameters
 * change, aborts the load it supersedes and ignores any answer but the newest — a slow earlier
 * answer never overwrites a newer one (see `Loads`). On top of it this controller
 * debounces parameter changes, aborts the request when the element leaves the DOM (and loads again
 * when it comes back), tells success from "nothing found", keeps the last error for the error panel,
 * loads again by itself when a network error ends because the browser is back online, and words
 * each state for a live region.
 */
export class DataController<A extends readonly unknown[], R> implements ReactiveController {
  private readonly task: Loads<A, R>;
  private startImmediately = true;
  private resumeOnConnect = false;
  private focusAfterLoad = false;
  private listeningForOnline = false;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataControllerOptions<A, R>,
  ) {
    host.addController(this);
    this.task = new Loads<A, R>(host, options.args, (args, signal) => this.load(args, signal));
  }

  /** `loading` (also before the first load), `success`, `empty` or `error`. */
  get state(): DataState {
    switch (this.task.status) {
      case 'complete':
        return this.options.isEmpty?.(this.task.value as R) ? 'empty' : 'success';
      case 'error':
        // Aborted because the element left the page: it loads again when it comes back.
        return this.resumeOnConnect && isAbort(this.task.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The result, in the `success` and `empty` states. */
  get value(): R | undefined {
    return this.task.status === 'complete' ? this.task.value : undefined;
  }

  /** The failure, in the `error` state: usually an SDK error (`NetworkError`, `RateLimitError`, …). */
  get error(): unknown {
    return this.state === 'error' ? this.task.error : undefined;
  }

  /** What a `role="status"` live region should say now: a count, "nothing found", the error, or nothing. */
  get announcement(): string {
    const { i18n, announce } = this.options;
    switch (this.state) {
      case 'success':
        return announce?.(this.task.value as R) ?? '';
      case 'empty':
        return i18n.t('empty');
      case 'error':
        return describeError(this.task.error, i18n);
      default:
        return '';
    }
  }

  /** Settles when the current load has (for tests and for work that follows a load). */
  get settled(): Promise<unknown> {
    return this.task.settled;
  }

  /**
   * Loads again at once with the same parameters. Keyboard focus inside the element moves to the
   * element's `[data-refocus]` container afterwards, so it is not lost with the retry button.
   */
  retry(): void {
    this.focusAfterLoad = this.host.shadowRoot?.activeElement != null;
    this.startImmediately = true;
    void this.task.run();
  }

  hostConnected(): void {
    this.listenForOnline(this.state === 'error' && this.isNetworkError());
    if (!this.resumeOnConnect) return;
    this.resumeOnConnect = false;
    this.startImmediately = true;
    void this.task.run();
  }

  hostDisconnected(): void {
    this.listenForOnline(false);
    if (this.task.status !== 'pending') return;
    this.resumeOnConnect = true;
    this.task.abort(abortError());
  }

  hostUpdated(): void {
    this.listenForOnline(this.state === 'error' && this.isNetworkError());
    if (!this.focusAfterLoad || this.task.status === 'pending') return;
    this.focusAfterLoad = false;
    this.host.shadowRoot?.querySelector<HTMLElement>('[data-refocus]')?.focus();
  }

  private isNetworkError(): boolean {
    return (this.task.error as { code?: unknown } | undefined)?.code === 'network_error';
  }

  /**
   * The `online` listener exists only while a network error is shown, so a page whose requests
   * succeed gets no listener from the elements at all.
   */
  private listenForOnline(listen: boolean): void {
    if (listen === this.listeningForOnline) return;
    this.listeningForOnline = listen;
    if (listen) window.addEventListener('online', this.onOnline);
    else window.removeEventListener('online', this.onOnline);
  }

  /** Back online after a network error: load again, as the visitor would with "Erneut versuchen". */
  private readonly onOnline = (): void => {
    if (this.state === 'error' && this.isNetworkError()) this.retry();
  };

  private async load(args: A, signal: AbortSignal): Promise<R> {
    const immediate = this.startImmediately;
    this.startImmediately = false;
    // Parameters changed while the element was off the page (checked before the debounce too, so
    // a render of a removed element starts no timer that keeps it alive): load when it is back.
    const offPage = () => {
      if (this.host.isConnected) return;
      this.resumeOnConnect = true;
      throw abortError();
    };
    offPage();
    if (!immediate) await delay(this.options.debounce ?? 300, signal);
    offPage();
    return this.options.task(args, { signal });
  }
}

/** A page of a list as the SDK returns it: its items, where it starts, and how many match in all. */
export interface ListPage<I> {
  items: readonly I[];
  offset: number;
  total: number;
}

/** How a {@link PagedDataController} loads the pages after the first. */
export interface PagedDataControllerOptions<
  A extends readonly unknown[],
  I,
  R extends ListPage<I>,
> extends DataControllerOptions<A, R> {
  /** Loads the page from `offset` on, with the parameters the first page was loaded with. */
  more: (args: A, offset: number, options: { signal: AbortSignal }) => Promise<R>;
  /** An item's identity: an item already shown is not appended again. */
  key: (item: I) => unknown;
}

/**
 * A {@link DataController} for a list that "loads more": the first page loads as above (and shows
 * the states), {@link loadMore} appends the following pages while the first stays on screen. It
 * starts over whenever the first page changes (new parameters, language, retry); a further page
 * still loading then, or when the element leaves the page, is aborted.
 */
export class PagedDataController<
  A extends readonly unknown[],
  I,
  R extends ListPage<I>,
> extends DataController<A, R> {
  /** The parameters each first page was loaded with, for the pages that follow it. */
  private readonly argsOf: WeakMap<R, A>;
  private first?: R;
  private extra: I[] = [];
  private received = 0;
  private latestTotal?: number;
  private moreController?: AbortController;
  private moreFailure: unknown;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly paging: PagedDataControllerOptions<A, I, R>,
  ) {
    const argsOf = new WeakMap<R, A>();
    super(host, {
      ...paging,
      task: async (args, options) => {
        const page = await paging.task(args, options);
        argsOf.set(page, args);
        return page;
      },
    });
    this.argsOf = argsOf;
  }

  /** Every item shown: the first page's and those appended, each once. */
  get items(): I[] {
    return this.first ? [...this.first.items, ...this.extra] : [];
  }

  /** How many items match, as the newest page says. */
  get total(): number {
    return this.latestTotal ?? this.first?.total ?? 0;
  }

  /** Whether there are more items to load. */
  get hasMore(): boolean {
    return this.first !== undefined && this.first.offset + this.received < this.total;
  }

  /** Whether a further page is being loaded. */
  get loadingMore(): boolean {
    return this.moreController !== undefined;
  }

  /** Why the last attempt to load more failed, until the next one. */
  get moreError(): unknown {
    return this.moreFailure;
  }

  /**
   * Loads the page after the shown items and appends those not shown yet; another call while one
   * loads does nothing. Resolves with the first new item, if any. A failure is kept in
   * {@link moreError} (the shown items stay); calling again tries again.
   */
  async loadMore(): Promise<I | undefined> {
    const first = this.first;
    const args = first && this.argsOf.get(first);
    if (!first || !args || this.moreController || !this.hasMore) return undefined;
    const controller = new AbortController();
    this.moreController = controller;
    this.moreFailure = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.paging.more(args, first.offset + this.received, {
        signal: controller.signal,
      });
      if (controller.signal.aborted || first !== this.first) return undefined;
      const shown = new Set(this.items.map(this.paging.key));
      const fresh = page.items.filter((item) => !shown.has(this.paging.key(item)));
      this.extra = [...this.extra, ...fresh];
      // An empty page ends the list even if the total said otherwise (the data changed meanwhile).
      this.received += page.items.length;
      this.latestTotal = page.items.length ? page.total : first.offset + this.received;
      return fresh[0];
    } catch (error) {
      if (!controller.signal.aborted && !isAbort(error)) this.moreFailure = error;
      return undefined;
    } finally {
      if (this.moreController === controller) this.moreController = undefined;
      this.host.requestUpdate();
    }
  }

  /** Before each render: the items shown are those that follow the first page now loaded. */
  hostUpdate(): void {
    this.follow();
  }

  /** After each render too: a parameter change during the update aborts a further page at once. */
  override hostUpdated(): void {
    this.follow();
    super.hostUpdated();
  }

  override hostDisconnected(): void {
    this.abortMore();
    super.hostDisconnected();
  }

  /** Starts over when the first page is not the one the appended ones follow. */
  private follow(): void {
    const first = this.value;
    if (first === this.first) return;
    this.abortMore();
    this.first = first;
    this.extra = [];
    this.received = first?.items.length ?? 0;
    this.latestTotal = undefined;
    this.moreFailure = undefined;
  }

  private abortMore(): void {
    this.moreController?.abort(new DOMException('No longer wanted.', 'AbortError'));
    this.moreController = undefined;
  }
}
