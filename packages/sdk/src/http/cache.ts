export interface CacheOptions {
  /** How long an answer is reused without asking the server, in milliseconds. Default 60 000. */
  ttl?: number;
  /** Most answers kept; the least recently used go first. Default 200. */
  maxEntries?: number;
  /**
   * After the TTL, ask the server with `If-None-Match` whether a kept answer is still current
   * (HTTP 304). Default true. Note: in a browser, this request header makes cross-origin GETs
   * "non-simple", so the server must answer a CORS preflight.
   */
  revalidate?: boolean;
}

export interface CachedAnswer {
  text: string;
  etag: string | undefined;
  /** The answer's headers, for callers that ask for them (`withResponse`). */
  headers: Headers;
  storedAt: number;
}

/** A small in-memory LRU of response bodies, keyed by URL. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();
  readonly ttl: number;
  readonly maxEntries: number;
  readonly revalidate: boolean;

  constructor(
    options: CacheOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.ttl = options.ttl ?? 60_000;
    this.maxEntries = options.maxEntries ?? 200;
    this.revalidate = options.revalidate ?? true;
  }

  /** A fresh answer, or undefined. */
  fresh(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > this.ttl) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** A stale answer that can be revalidated with its ETag. */
  stale(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    return entry && this.revalidate && entry.etag ? entry : undefined;
  }

  store(key: string, text: string, etag: string | undefined, headers = new Headers()): void {
    this.entries.delete(key);
    this.entries.set(key, { text, etag, headers, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** Marks a revalidated answer as fresh again. */
  touch(key: string): void {
    const entry = this.entries.get(key);
    if (entry) entry.storedAt = this.now();
  }

  clear(): void {
    this.entries.clear();
  }
}
