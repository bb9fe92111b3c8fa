interface Flight<T> {
  promise: Promise<T>;
  /** Only when the flight can be cancelled: its first caller brought a signal. */
  controller: AbortController | undefined;
  /** Callers with a signal still waiting for the answer. */
  subscribers: number;
  /** A caller without a signal waits: that caller never gives up, so the flight is never cancelled. */
  pinned: boolean;
  settled: boolean;
}

/**
 * Shares identical in-flight requests: a second caller asking for the same key while the first
 * request runs gets the same answer instead of sending a second request. Each caller keeps its own
 * `AbortSignal`: an abort rejects only that caller, and the shared request is cancelled only when
 * every caller has given up.
 *
 * The common call brings no signal: it gets the flight's promise as it is, and the request gets no
 * signal either (`start(undefined)`) — no controller, no listeners, no wrapper promise — because a
 * caller that cannot give up keeps the request needed until it settles.
 */
export class InflightRequests<T> {
  private readonly flights = new Map<string, Flight<T>>();

  get size(): number {
    return this.flights.size;
  }

  run(
    key: string,
    start: (signal: AbortSignal | undefined) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    signal?.throwIfAborted();
    let flight = this.flights.get(key);
    if (!flight) {
      const controller = signal ? new AbortController() : undefined;
      const promise = start(controller?.signal).finally(() => {
        created.settled = true;
        if (this.flights.get(key) === created) this.flights.delete(key);
      });
      // Rejections reach the subscribers; this keeps an abandoned flight from being "unhandled".
      promise.catch(() => undefined);
      const created: Flight<T> = {
        promise,
        controller,
        subscribers: 0,
        pinned: false,
        settled: false,
      };
      this.flights.set(key, created);
      flight = created;
    }
    const current = flight;
    if (!signal) {
      current.pinned = true;
      return current.promise;
    }
    current.subscribers++;

    const leave = () => {
      current.subscribers--;
      if (current.subscribers === 0 && !current.pinned && !current.settled) {
        if (this.flights.get(key) === current) this.flights.delete(key);
        current.controller?.abort(signal.reason);
      }
    };

    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        leave();
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      current.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          current.subscribers--;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          current.subscribers--;
          reject(error);
        },
      );
    });
  }
}
