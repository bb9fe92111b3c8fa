import { createDemoApi, type DemoApiOptions } from '../src/app.js';

/** A fixed "today" for tests: Sunday 22 November 2026, 10:00 in Dresden. */
export const TEST_NOW = new Date('2026-11-22T10:00:00+01:00');

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

/** The demo API in-process: requests go through `app.request`, the full middleware stack included. */
export function demoApi(options: DemoApiOptions = {}) {
  const app = createDemoApi({ now: () => TEST_NOW, ...options });
  return {
    app,
    async get<T = unknown>(path: string, init?: RequestInit): Promise<TestResponse<T>> {
      const response = await app.request(`http://127.0.0.1${path}`, init);
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON (iCalendar, HTML error pages, broken bodies): tests read `text`
      }
      return { status: response.status, headers: response.headers, text, body: body as T };
    },
  };
}

/** `encodeURIComponent` for a JSON value in a query parameter (CKAN's facet.field). */
export const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));
