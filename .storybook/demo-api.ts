import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createDemoApi } from '../packages/demo-api/src/index.js';
import {
  BUSY_DIRECTORY_URL,
  DEMO_API_ORIGIN,
  DEMO_NOW,
  EMPTY_DIRECTORY_URL,
  FAILING_CARD_API_ORIGIN,
  FAILING_SUBMISSIONS_DIRECTORY_URL,
  HOSTILE_DIRECTORY_URL,
  OFFLINE_SUBMISSIONS_DIRECTORY_URL,
  RATE_LIMITED_SUBMISSIONS_DIRECTORY_URL,
  SLOW_CARD_API_ORIGIN,
  SLOW_SUBMISSIONS_DIRECTORY_URL,
} from './demo-origins.js';
import type { FaultRule } from '../packages/demo-api/src/index.js';

const now = () => new Date(DEMO_NOW);
const demo = createDemoApi({ now });
const hostile = createDemoApi({ now, hostile: true });
const busy = createDemoApi({ now, faults: [{ status: 429, retryAfter: 600 }] });
// Reads answer; only the submissions routes fail (POST and the status link), for the form's states.
const failingSubmissions = (fault: FaultRule) =>
  createDemoApi({ now, faults: [{ path: '/directory/v1/submissions', ...fault }] });
const submissionFaults: [string, ReturnType<typeof createDemoApi>][] = [
  [OFFLINE_SUBMISSIONS_DIRECTORY_URL, failingSubmissions({ drop: true })],
  [SLOW_SUBMISSIONS_DIRECTORY_URL, failingSubmissions({ stall: 'before-headers' })],
  [RATE_LIMITED_SUBMISSIONS_DIRECTORY_URL, failingSubmissions({ status: 429, retryAfter: 60 })],
  [FAILING_SUBMISSIONS_DIRECTORY_URL, failingSubmissions({ status: 500 })],
];

// The actor card's parts: actors answer, the card's events and the portal stall or fail.
const cardFaults = (fault: FaultRule) =>
  createDemoApi({
    now,
    faults: [
      { path: '/directory/v1/events', ...fault },
      { path: '/ckan', ...fault },
    ],
  });
const cardOrigins: [string, ReturnType<typeof createDemoApi>][] = [
  [SLOW_CARD_API_ORIGIN, cardFaults({ stall: 'before-headers' })],
  [FAILING_CARD_API_ORIGIN, cardFaults({ status: 500 })],
];

const origin = (url: string) => new URL(url).origin;

// The same runtime-neutral Hono app that `saxon-demo-api` serves in Node, answering in the page.
const worker = setupWorker(
  http.all(`${DEMO_API_ORIGIN}/*`, ({ request }) => demo.fetch(request)),
  http.all(`${origin(HOSTILE_DIRECTORY_URL)}/*`, ({ request }) => hostile.fetch(request)),
  http.all(`${origin(BUSY_DIRECTORY_URL)}/*`, ({ request }) => busy.fetch(request)),
  ...submissionFaults.map(([url, api]) =>
    http.all(`${origin(url)}/*`, ({ request }) => api.fetch(request)),
  ),
  ...cardOrigins.map(([url, api]) => http.all(`${url}/*`, ({ request }) => api.fetch(request))),
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
