import { checkPageShape } from '../generated/checks/shapes.js';
import { requireShape, type ResponseContext } from './validation.js';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/**
 * A page from the server as {@link paginate} needs it, in every validation mode: a page without an
 * `items` array or a numeric `total` (possible with `validate: 'warn'` or `'off'`) becomes a
 * `ResponseValidationError` naming the URL. The items themselves pass on as the mode has them.
 */
export function checkPage<T>(data: unknown, context: ResponseContext): Promise<Page<T>> {
  return requireShape<Page<T>>(checkPageShape, data, context);
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
