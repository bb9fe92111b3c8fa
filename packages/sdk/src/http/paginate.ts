export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/**
 * Iterates over every item of a paged list, one request per page, in order. It asks for the next
 * page only when the caller has consumed the current one, so `break` leaves nothing in flight, and
 * it stops with the signal's reason when the caller aborts.
 */
export async function* paginate<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  options: { offset?: number; limit?: number; signal?: AbortSignal | undefined } = {},
): AsyncGenerator<T, void, undefined> {
  let offset = options.offset ?? 0;
  const limit = options.limit ?? 100;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(offset, limit);
    for (const item of page.items) {
      options.signal?.throwIfAborted();
      yield item;
    }
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return;
  }
}
