import { HOSTILE_TEXT, HOSTILE_URLS } from '@saxon-ai/demo-api';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiBackend, type Backend } from '../../../../scripts/test/directory/openapi.js';
import { formatCsvLine } from '../../src/io/csv.js';
import { parseImport } from '../../src/io/import.js';
import type { LogEntry } from '../../src/http/log.js';
import { startTestServer, type TestDatabase } from './server.js';

/** Strings aimed at SQL, LIKE patterns and FTS5 / tsquery syntax rather than at HTML. */
const QUERY_SYNTAX = [
  "' OR '1'='1",
  "'; DROP TABLE actors; --",
  '" OR ""="',
  '%',
  '_',
  '%_%\\',
  '\\',
  '*',
  'NEAR(ki robotik)',
  'ki OR robotik',
  'NOT',
  'AND',
  '-robotik',
  '^ki',
  'name:ki',
  '(ki',
  '{ki robotik}',
  'ki & !robotik | (x <-> y)',
  "ki:* & 'x'",
  '$1',
  '?',
  '%00',
  'ß ẞ İ ı',
];
export const HOSTILE_STRINGS = [...new Set([...HOSTILE_TEXT, ...HOSTILE_URLS, ...QUERY_SYNTAX])];

/**
 * The corpus holds ~150 HTML-injection variants (vector × breakout) that matter for rendering,
 * not for SQL: the free-text parameters get all of them, the others a dozen plus every other string.
 */
const EVERY_STRING_PARAMETERS = new Set(['q', 'city']);
const PARAMETER_STRINGS = [
  ...HOSTILE_STRINGS.filter((text) => !text.includes('<')),
  ...HOSTILE_STRINGS.filter((text) => text.includes('<')).slice(0, 12),
];

/** Lone surrogates cannot be percent-encoded; the platform's URL encoders replace them too. */
const wellFormed = (text: string) => text.replace(/\p{Surrogate}/gu, '\uFFFD');

/** Every query parameter of every read operation (path ids below). */
const PARAMETERS: Record<string, string[]> = {
  '/directory/v1/actors': [
    'q',
    'category',
    'topic',
    'city',
    'ags',
    'bbox',
    'limit',
    'offset',
    'sort',
    'lang',
  ],
  '/directory/v1/actors.geojson': ['q', 'category', 'topic', 'city', 'ags', 'bbox'],
  '/directory/v1/events': [
    'from',
    'to',
    'q',
    'topic',
    'city',
    'ags',
    'attendanceMode',
    'organizer',
    'status',
    'limit',
    'offset',
    'lang',
  ],
  '/directory/v1/events.ics': [
    'from',
    'to',
    'q',
    'topic',
    'city',
    'ags',
    'attendanceMode',
    'organizer',
    'status',
  ],
  '/directory/v1/topics': ['lang'],
};
const PATH_TEMPLATES = ['/directory/v1/actors/', '/directory/v1/events/', '/directory/v1/events/'];

/** Actors and events whose every text field holds a hostile string. */
function hostileDocument() {
  const n = HOSTILE_STRINGS.length;
  const text = (i: number) => HOSTILE_STRINGS[i % n]!;
  const url = (i: number) =>
    i % 2 === 0 ? HOSTILE_URLS[i % HOSTILE_URLS.length]! : `https://example.org/h/${i}`;
  const topics = [0, 1, 2].map((i) => ({
    id: `hostile-topic-${i}`,
    label: { de: text(i * 7), en: text(i * 7 + 1) },
  }));
  const actors = HOSTILE_STRINGS.map((_, i) => ({
    id: `hostile-actor-${i}`,
    name: text(i),
    category: 'research',
    subtype: text(i + 1),
    description: text(i + 2),
    topics: ['robotics', `hostile-topic-${i % 3}`],
    offers: [],
    address: { street: text(i + 3), city: text(i + 4), postalCode: '01069', ags: '14612' },
    location: { lat: 51.05, lon: 13.74, precision: 'address' },
    website: url(i),
    email: i % 3 === 0 ? text(i + 5) : `h${i}@example.org`,
  }));
  const events = HOSTILE_STRINGS.map((_, i) => ({
    id: `hostile-event-${i}`,
    title: text(i),
    description: text(i + 1),
    start: '2026-12-01T18:00:00+01:00',
    end: '2026-12-01T20:00:00+01:00',
    allDay: false,
    location: { name: text(i + 2), address: text(i + 3), city: text(i + 4) },
    onlineUrl: url(i + 1),
    url: url(i),
    registrationUrl: url(i + 3),
    organizerIds: [],
    organizers: [{ name: text(i + 5) }],
    topics: [`hostile-topic-${i % 3}`],
  }));
  return { topics, actors, events };
}

/** The same strings in a spreadsheet: one actor a row, every text column hostile. */
function hostileCsv(): string {
  const header = [
    'ID',
    'Name',
    'Kategorie',
    'Art',
    'Beschreibung',
    'Straße',
    'Ort',
    'Breitengrad',
    'Längengrad',
    'Webseite',
  ];
  const rows = HOSTILE_STRINGS.map((_, i) => {
    const text = (k: number) => HOSTILE_STRINGS[(i + k) % HOSTILE_STRINGS.length]!;
    return [
      `hostile-csv-${i}`,
      text(0),
      'Forschung',
      text(1),
      text(2),
      text(3),
      text(4),
      '51,05',
      '13,74',
      i % 2 ? 'https://example.org' : HOSTILE_URLS[i % HOSTILE_URLS.length]!,
    ];
  });
  return [header, ...rows].map((cells) => formatCsvLine(cells, ';')).join('\r\n');
}

/** Runs `tasks` with at most `width` in flight (the machine has two cores). */
async function inBatches<T>(tasks: (() => Promise<T>)[], width = 8): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += width)
    results.push(...(await Promise.all(tasks.slice(i, i + width).map((task) => task()))));
  return results;
}

export function describeHostileCorpus(name: string, database: () => Promise<TestDatabase>) {
  describe(
    `hostile corpus through import and every parameter (${name})`,
    { timeout: 600_000 },
    () => {
      let server: Awaited<ReturnType<typeof startTestServer>>;
      let api: Backend;
      const logs: LogEntry[] = [];
      const imported = { json: 0, csv: 0, rejectedRows: 0 };

      beforeAll(async () => {
        [server, api] = await Promise.all([
          database().then((db) => startTestServer(db, { logger: (entry) => logs.push(entry) })),
          openApiBackend('saxon-directory.yaml', '/directory/v1'),
        ]);
        // The import path of `saxon-directory import`: check every row, write the good ones.
        const known = await server.storage.exportAll();
        const options = {
          knownTopics: new Set(known.topics.map((t) => t.id)),
          knownActors: new Set(known.actors.map((a) => a.id)),
        };
        const json = parseImport(new TextEncoder().encode(JSON.stringify(hostileDocument())), {
          ...options,
          fileName: 'hostile.json',
        });
        await server.storage.write({
          topics: json.topics,
          actors: json.actors,
          events: json.events,
        });
        const csv = parseImport(new TextEncoder().encode(hostileCsv()), {
          ...options,
          fileName: 'hostile.csv',
        });
        await server.storage.write({ actors: csv.actors });
        imported.json = json.actors.length + json.events.length + json.topics.length;
        imported.csv = csv.actors.length;
        imported.rejectedRows = new Set(
          [...json.rejected, ...csv.rejected].map((r) => `${r.section}${r.row}`),
        ).size;
      }, 300_000);
      afterAll(async () => {
        await server?.close();
      });

      /**
       * One retry for a reset connection only: under heavy load the server may close an idle
       * keep-alive socket just as the client reuses it. A crash would fail the retry as well.
       */
      async function get(path: string): Promise<Response> {
        try {
          return await fetch(`${server.url}${path}`);
        } catch (error) {
          if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
          return fetch(`${server.url}${path}`);
        }
      }

      async function check(path: string): Promise<number> {
        const response = await get(path);
        const text = await response.text();
        expect(response.status, `${path}: ${text.slice(0, 200)}`).toBeLessThan(500);
        const url = new URL(`http://127.0.0.1${path}`);
        const operation = api.matchOperation({
          method: 'get',
          path: url.pathname,
          query: url.search.slice(1),
          headers: {},
        });
        const contentType = response.headers.get('content-type') ?? '';
        if (operation && /json/.test(contentType) && [200, 400, 404].includes(response.status)) {
          const result = api.validateResponse(JSON.parse(text), operation, response.status);
          expect(result.errors ?? [], `${path}\n${JSON.stringify(result.errors)}`).toEqual([]);
        }
        if (response.status === 200 && contentType.startsWith('text/calendar')) {
          expect(() => ICAL.parse(text), path).not.toThrow();
        }
        return response.status;
      }

      it('imports the hostile rows it can take and rejects the others with messages', () => {
        expect(imported.json).toBeGreaterThan(50);
        expect(imported.csv).toBeGreaterThan(30);
        expect(imported.rejectedRows).toBeGreaterThan(30);
      });

      it('answers every read operation over the hostile data within the contract', async () => {
        const all = await get('/directory/v1/actors?limit=500').then((r) => r.json());
        expect(all.total).toBeGreaterThan(100);
        const events = await get('/directory/v1/events?from=2000-01-01&limit=200').then((r) =>
          r.json(),
        );
        const paths = [
          '/directory/v1/actors?limit=500',
          '/directory/v1/actors?limit=500&offset=100&sort=-updatedAt',
          '/directory/v1/actors.geojson',
          '/directory/v1/events?from=2000-01-01&limit=200',
          '/directory/v1/events.ics?from=2000-01-01',
          '/directory/v1/topics',
          '/directory/v1/topics?lang=en',
          ...all.items.map((actor: { id: string }) => `/directory/v1/actors/${actor.id}`),
          ...events.items.flatMap((event: { id: string }) => [
            `/directory/v1/events/${event.id}`,
            `/directory/v1/events/${event.id}.ics`,
          ]),
        ];
        const statuses = await inBatches(paths.map((path) => () => check(path)));
        expect(statuses.every((status) => status === 200)).toBe(true);
        for (const path of ['/dcat', '/export/actors.csv', '/export/directory.json']) {
          expect((await get(path)).status).toBe(200);
        }
      });

      it('puts every hostile string into every query parameter and path id: no 5xx, answers valid', async () => {
        const paths: string[] = [];
        for (const raw of HOSTILE_STRINGS) {
          const value = wellFormed(raw);
          for (const [operation, names] of Object.entries(PARAMETERS)) {
            for (const parameter of names) {
              if (!EVERY_STRING_PARAMETERS.has(parameter) && !PARAMETER_STRINGS.includes(raw)) {
                continue;
              }
              paths.push(`${operation}?${new URLSearchParams({ [parameter]: value })}`);
            }
          }
          const id = encodeURIComponent(value).slice(0, 2000);
          paths.push(
            `${PATH_TEMPLATES[0]}${id}`,
            `${PATH_TEMPLATES[1]}${id}`,
            `${PATH_TEMPLATES[2]}${id}.ics`,
          );
        }
        const statuses = await inBatches(paths.map((path) => () => check(path)));
        expect(statuses).toHaveLength(paths.length);
        expect(statuses.filter((status) => status >= 500)).toEqual([]);
        // Most answers are validation errors (400) or misses (404); text queries answer 200.
        expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(
          HOSTILE_STRINGS.length,
        );
      });

      it('logged no error: no unhandled exception, no SQL error', () => {
        expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
        expect(logs.filter((entry) => entry.level === 'warn')).toEqual([]);
      });
    },
  );
}
