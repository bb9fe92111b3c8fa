export interface LoggedRequest {
  method: string;
  /** Path and query string as received, e.g. `/directory/v1/actors?limit=2`. */
  url: string;
  at: number;
}

/** Remembers the requests the app answered, so tests can count what a client really sent. */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  constructor(private readonly capacity = 10_000) {}

  add(request: Request): void {
    const url = new URL(request.url);
    this.entries.push({ method: request.method, url: url.pathname + url.search, at: Date.now() });
    if (this.entries.length > this.capacity)
      this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
