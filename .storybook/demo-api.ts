import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createDemoApi } from '../packages/demo-api/src/index.js';
import {
  BUSY_DIRECTORY_URL,
  BUSY_WRITE_DIRECTORY_URL,
  DEMO_API_ORIGIN,
  DEMO_NOW,
  EMPTY_DIRECTORY_URL,
  HOSTILE_DIRECTORY_URL,
  OFFLINE_WRITE_DIRECTORY_URL,
  SLOW_WRITE_DIRECTORY_URL,
} from './demo-origins.js';

const now = () => new Date(DEMO_NOW);
const demo = createDemoApi({ now });
const hostile = createDemoApi({ now, hostile: true });
const busy = createDemoApi({ now, faults: [{ status: 429, retryAfter: 600 }] });
// The entry form's failed sends: reading works, the submission does not get through.
const submissions = '/directory/v1/submissions';
const slowWrite = createDemoApi({ now, faults: [{ path: submissions, latencyMs: 3_600_000 }] });
const busyWrite = createDemoApi({
  now,
  faults: [{ path: submissions, status: 429, retryAfter: 120 }],
});

const origin = (url: string) => new URL(url).origin;

// The same runtime-neutral Hono app that `saxon-demo-api` serves in Node, answering in the page.
const worker = setupWorker(
  http.all(`${DEMO_API_ORIGIN}/*`, ({ request }) => demo.fetch(request)),
  http.all(`${origin(HOSTILE_DIRECTORY_URL)}/*`, ({ request }) => hostile.fetch(request)),
  http.all(`${origin(BUSY_DIRECTORY_URL)}/*`, ({ request }) => busy.fetch(request)),
  // Reads answered, writes not handled: they go to the network, where `.invalid` never resolves —
  // a real network error (the demo API's `drop` fault cannot cross MSW).
  http.get(`${origin(OFFLINE_WRITE_DIRECTORY_URL)}/*`, ({ request }) => demo.fetch(request)),
  http.all(`${origin(BUSY_WRITE_DIRECTORY_URL)}/*`, ({ request }) => busyWrite.fetch(request)),
  http.all(`${origin(SLOW_WRITE_DIRECTORY_URL)}/*`, ({ request }) => slowWrite.fetch(request)),
  http.get(`${EMPTY_DIRECTORY_URL}/topics`, () => HttpResponse.json({ items: [] })),
  http.get(`${EMPTY_DIRECTORY_URL}/actors.geojson`, () =>
    HttpResponse.json({ type: 'FeatureCollection', features: [] }),
  ),
  http.get(`${EMPTY_DIRECTORY_URL}/events`, () =>
    HttpResponse.json({
      total: 0,
      limit: 10,
      offset: 0,
      items: [],
      facets: { topic: [], city: [], attendanceMode: [] },
    }),
  ),
);

let started: Promise<unknown> | undefined;

/**
 * Registers MSW's service worker (served by `msw-worker-plugin.ts`, relative to the page so that it
 * works under any base path) and starts answering the demo origins. Idempotent.
 */
export function startDemoApi(): Promise<unknown> {
  started ??= worker.start({
    serviceWorker: { url: './mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return started;
}
