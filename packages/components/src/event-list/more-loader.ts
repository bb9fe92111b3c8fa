import type { DirectoryEvent, EventPage } from '@saxon-ai/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

/**
 * "Load more" for a list whose first page a `DataController` loads: appends the following pages
 * while the first page stays on screen. Starts over whenever the first page changes (new filters,
 * language, retry); a request still running then, or when the element leaves the page, is aborted.
 */
export class MoreLoader implements ReactiveController {
  private first?: EventPage;
  private extra: DirectoryEvent[] = [];
  private received = 0;
  private latestTotal?: number;
  private controller?: AbortController;
  private failure: unknown;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Every event shown: the first page and those appended, each once. */
  get events(): DirectoryEvent[] {
    return this.first ? [...this.first.items, ...this.extra] : [];
  }

  /** How many events match, as the newest page says. */
  get total(): number {
    return this.latestTotal ?? this.first?.total ?? 0;
  }

  /** Whether there are more events to load. */
  get hasMore(): boolean {
    return this.first !== undefined && this.first.offset + this.received < this.total;
  }

  /** Whether a page is being loaded. */
  get loading(): boolean {
    return this.controller !== undefined;
  }

  /** Why the last attempt failed, until the next one. */
  get error(): unknown {
    return this.failure;
  }

  /** Whether pages beyond the first have been appended. */
  get appended(): boolean {
    return this.extra.length > 0;
  }

  /** Starts over when `first` is not the page the appended ones follow. */
  sync(first: EventPage | undefined): void {
    if (first === this.first) return;
    this.abort();
    this.first = first;
    this.extra = [];
    this.received = first?.items.length ?? 0;
    this.latestTotal = undefined;
    this.failure = undefined;
  }

  /**
   * Loads the page after the shown events with `fetchPage(offset, signal)` and appends its events
   * that are not shown yet. Resolves with the first new event, if any.
   */
  async loadMore(
    fetchPage: (offset: number, signal: AbortSignal) => Promise<EventPage>,
  ): Promise<DirectoryEvent | undefined> {
    const first = this.first;
    if (!first || this.controller || !this.hasMore) return undefined;
    const controller = new AbortController();
    this.controller = controller;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const page = await fetchPage(first.offset + this.received, controller.signal);
      if (controller.signal.aborted || first !== this.first) return undefined;
      const shown = new Set(this.events.map((event) => event.id));
      const fresh = page.items.filter((event) => !shown.has(event.id));
      this.extra = [...this.extra, ...fresh];
      // An empty page ends the list even if the total said otherwise (the data changed meanwhile).
      this.received += page.items.length;
      this.latestTotal = page.items.length ? page.total : first.offset + this.received;
      return fresh[0];
    } catch (error) {
      if (!controller.signal.aborted && !isAbort(error)) this.failure = error;
      return undefined;
    } finally {
      if (this.controller === controller) this.controller = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort();
  }

  private abort(): void {
    this.controller?.abort(new DOMException('No longer wanted.', 'AbortError'));
    this.controller = undefined;
  }
}
