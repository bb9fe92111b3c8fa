import type { CallOptions, ResponseInfo } from './transport.js';

/** A parsed answer with the HTTP side of the request(s) that produced it. */
export interface WithResponse<T> {
  data: T;
  /** The call's first answer: for most methods the only one. */
  response: ResponseInfo;
  /** Every answer the call read, in order (EntryStore's look-ups, a `304` revalidation, …). */
  responses: ResponseInfo[];
}

/**
 * Runs one SDK call and returns its parsed result together with the status, headers, ETag and URL
 * of its answers — read from the same request, never a second one. A function rather than a
 * method of every client, so a bundle that does not use it does not carry it.
 *
 * ```ts
 * const { data, response } = await withResponse((call) => dir.actors.list({ city: 'Dresden' }, call));
 * response.status; response.etag; response.headers.get('cache-control'); response.url;
 * ```
 */
export async function withResponse<T>(
  run: (options: CallOptions) => Promise<T>,
  options: CallOptions = {},
): Promise<WithResponse<T>> {
  const responses: ResponseInfo[] = [];
  const data = await run({
    ...options,
    onAnswer(response) {
      responses.push(response);
      options.onAnswer?.(response);
    },
  });
  const [response] = responses;
  if (!response) throw new TypeError('withResponse: the call read no answer');
  return { data, response, responses };
}
