import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DirectoryClient, Topic } from '@saxon-ai/sdk';
import { foldForSearch } from '../shared/geo/municipality-lookup.js';

/** Where the list of topics stands. */
export type TopicsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; topics: readonly Topic[] }
  | { status: 'failed'; error: unknown };

/**
 * Loads the directory's topics once per client (`topics.list()`), keeps the filter text, and
 * narrows the list for the checkbox group. A failed load stays visible with a retry; the draft's
 * chosen topics are never touched by loading.
 */
export class TopicsController implements ReactiveController {
  state: TopicsState = { status: 'idle' };
  filter = '';
  private client: DirectoryClient | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told the known topic ids once loaded (the form checks proposals against them). */
    private readonly onLoaded?: (ids: readonly string[]) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading from `client` unless it is the one already loaded (or loading). */
  request(client: DirectoryClient | undefined): void {
    if (!client || client === this.client) return;
    this.client = client;
    void this.load(client);
  }

  /** Tries again after a failure. */
  retry(): void {
    if (this.client) void this.load(this.client);
  }

  /** The known topic ids, once loaded (for checking a proposal before sending). */
  get knownIds(): readonly string[] | undefined {
    return this.state.status === 'loaded' ? this.state.topics.map(({ id }) => id) : undefined;
  }

  setFilter(text: string): void {
    this.filter = text;
    this.host.requestUpdate();
  }

  /**
   * The topics to show: those whose label or id contains the filter (case, accents and umlauts
   * folded), and every chosen one, so a choice never disappears from view.
   */
  visible(chosen: readonly string[]): readonly Topic[] {
    if (this.state.status !== 'loaded') return [];
    const query = foldForSearch(this.filter.trim());
    if (query === '') return this.state.topics;
    return this.state.topics.filter(
      ({ id, label }) =>
        chosen.includes(id) || foldForSearch(label).includes(query) || id.includes(query),
    );
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Loaded again when the form is attached anew.
    this.client = undefined;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  private async load(client: DirectoryClient): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    try {
      const topics = await client.topics.list({ signal: abort.signal });
      if (abort.signal.aborted || client !== this.client) return;
      this.state = { status: 'loaded', topics };
      this.onLoaded?.(topics.map(({ id }) => id));
    } catch (error) {
      if (abort.signal.aborted || client !== this.client) return;
      this.state = { status: 'failed', error };
    }
    this.host.requestUpdate();
  }
}
