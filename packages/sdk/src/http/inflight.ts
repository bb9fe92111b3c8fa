interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  subscribers: number;
  settled: boolean;
}

/**
 * Shares identical in-flight requests: a second caller asking for the same key while the first
 * request runs gets the same answer instead of sending a second request. Each caller keeps its own
 * `AbortSignal`: an abort rejects only that caller, and the shared request is cancelled only when
 * every caller has given up.
 */
export class InflightRequests<T> {
  private readonly flights = new Map<string, Flight<T>>();

  get size(): number {
    return this.flights.size;
  }

  run(key: string, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    let flight = this.flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        created.settled = true;
        if (this.flights.get(key) === created) this.flights.delete(key);
      });
      // Rejections reach the subscribers; this keeps an abandoned flight from being "unhandled".
      promise.catch(() => undefined);
      const created: Flight<T> = { promise, controller, subscribers: 0, settled: false };
      this.flights.set(key, created);
      flight = created;
    }
    const current = flight;
    current.subscribers++;

    const leave = () => {
      current.subscribers--;
      if (current.subscribers === 0 && !current.settled) {
        if (this.flights.get(key) === current) this.flights.delete(key);
        current.controller.abort(signal?.reason);
      }
    };

    if (!signal) {
      return current.promise.finally(() => {
        current.subscribers--;
      });
    }
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
