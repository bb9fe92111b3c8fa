/** A server answering the directory contract, as the shared suites reach it. */
export interface DirectoryResponse<T = any> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface DirectoryTarget {
  /** GET (or `init.method`) of a path like `/directory/v1/actors`. */
  get<T = any>(path: string, init?: RequestInit): Promise<DirectoryResponse<T>>;
  close?(): Promise<void>;
}

/** A `DirectoryTarget` over any fetch function (in-process `app.request` or real HTTP). */
export function targetOver(
  fetcher: (url: string, init?: RequestInit) => Response | Promise<Response>,
  baseUrl: string,
  close?: () => Promise<void>,
): DirectoryTarget {
  return {
    async get(path, init) {
      const response = await fetcher(`${baseUrl}${path}`, init);
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (iCalendar): tests read `text`
      }
      return { status: response.status, headers: response.headers, text, body: body as never };
    },
    ...(close ? { close } : {}),
  };
}

/**
 * "Today" of the shared suites: Sunday 22 November 2026, 10:00 in Dresden. Both servers run on
 * this clock and the directory server is seeded with the demo events resolved at it.
 */
export const SUITE_NOW = new Date('2026-11-22T10:00:00+01:00');
