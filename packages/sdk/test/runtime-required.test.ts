// Every field the directory model requires is required when the SDK reads an answer: an answer
// without it (or with `null` in it) is a ResponseValidationError that names the field's path, not
// an object that breaks the widget later. Paths written out here from the contract
// (openapi/saxon-directory.yaml, `required`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectoryClient, ResponseValidationError } from '../src/index.js';
import { startTestServer } from './demo-server.js';

let demo: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  demo = await startTestServer();
});
afterAll(() => demo.close());

type Path = (string | number)[];

/** Each answer once from the demo API over HTTP, then its text: a hundred cases stay fast. */
const answers = new Map<string, Promise<string>>();
function answer(input: RequestInfo | URL, init?: RequestInit): Promise<string> {
  const key = String(input instanceof Request ? input.url : input);
  let text = answers.get(key);
  if (!text) {
    text = fetch(input, init).then((response) => {
      if (!response.ok) throw new Error(`${key}: ${response.status}`);
      return response.text();
    });
    answers.set(key, text);
  }
  return text;
}

/** The demo API's real answer with the value at `path` removed or set to null. */
function clientBreaking(path: Path, how: 'remove' | 'null') {
  return createDirectoryClient({
    baseUrl: demo.directoryUrl,
    cache: false,
    fetch: async (input, init) => {
      const json = JSON.parse(await answer(input, init)) as Record<string, unknown>;
      let parent: any = json;
      for (const key of path.slice(0, -1)) parent = parent[key];
      const last = path.at(-1)!;
      if (!parent || typeof parent !== 'object' || !(last in parent)) {
        throw new Error(`the demo answer has no ${path.join('.')}: the test would prove nothing`);
      }
      if (how === 'remove') delete parent[last];
      else parent[last] = null;
      return Response.json(json);
    },
  });
}

const ACTOR = [
  ['id'],
  ['name'],
  ['category'],
  ['topics'],
  ['offers'],
  ['address'],
  ['address', 'city'],
  ['location'],
  ['location', 'lat'],
  ['location', 'lon'],
  ['location', 'precision'],
  ['updatedAt'],
];
const FEATURE = [
  ['id'],
  ['geometry'],
  ['geometry', 'coordinates'],
  ['properties'],
  ['properties', 'id'],
  ['properties', 'name'],
  ['properties', 'category'],
  ['properties', 'city'],
  ['properties', 'topics'],
];
const EVENT = [
  ['id'],
  ['title'],
  ['start'],
  ['allDay'],
  ['timeZone'],
  ['status'],
  ['attendanceMode'],
  ['organizerIds'],
  ['organizers'],
  ['topics'],
  ['updatedAt'],
];
const TOPIC = [['id'], ['label'], ['actorCount'], ['eventCount']];
const PAGE = [['total'], ['limit'], ['offset'], ['items'], ['facets']];

type Read = (dir: ReturnType<typeof createDirectoryClient>) => Promise<unknown>;
const cases: [string, Path, Read][] = [
  ...ACTOR.map((p): [string, Path, Read] => [
    'actors.list',
    ['items', 0, ...p],
    (dir) => dir.actors.list({ limit: 3 }),
  ]),
  ...PAGE.map((p): [string, Path, Read] => [
    'actors.list',
    p,
    (dir) => dir.actors.list({ limit: 3 }),
  ]),
  ...['category', 'topic', 'city'].map((facet): [string, Path, Read] => [
    'actors.list',
    ['facets', facet],
    (dir) => dir.actors.list({ limit: 3 }),
  ]),
  ...ACTOR.map((p): [string, Path, Read] => ['actors.get', p, (dir) => dir.actors.get(actorId)]),
  ...FEATURE.map((p): [string, Path, Read] => [
    'actors.geojson',
    ['features', 0, ...p],
    (dir) => dir.actors.geojson(),
  ]),
  ...EVENT.map((p): [string, Path, Read] => [
    'events.list',
    ['items', 0, ...p],
    (dir) => dir.events.list({ limit: 3 }),
  ]),
  ...PAGE.map((p): [string, Path, Read] => [
    'events.list',
    p,
    (dir) => dir.events.list({ limit: 3 }),
  ]),
  // an event with a place: the place's name and town are required
  ...[
    ['location', 'name'],
    ['location', 'city'],
    ['organizers', 0, 'name'],
  ].map((p): [string, Path, Read] => ['events.get', p, (dir) => dir.events.get(placedEventId)]),
  ...TOPIC.map((p): [string, Path, Read] => [
    'topics.list',
    ['items', 0, ...p],
    (dir) => dir.topics.list(),
  ]),
];

let actorId = '';
let placedEventId = '';
beforeAll(async () => {
  const dir = createDirectoryClient({ baseUrl: demo.directoryUrl });
  actorId = (await dir.actors.list({ limit: 1 })).items[0]!.id;
  const events = await dir.events.list({ from: '2020-01-01', limit: 200 });
  placedEventId = events.items.find((e) => e.location && e.organizers.length > 0)!.id;
});

describe('required fields of directory answers', () => {
  for (const how of ['remove', 'null'] as const) {
    it(`${how}: each in turn is a ResponseValidationError naming its path`, async () => {
      for (const [call, path, read] of cases) {
        const error = await read(clientBreaking(path, how)).catch((e: unknown) => e);
        expect(error, `${call} ${path.join('.')}`).toBeInstanceOf(ResponseValidationError);
        const paths = (error as ResponseValidationError).issues.map((issue) =>
          issue.path.join('.'),
        );
        expect(paths, `${call} ${path.join('.')}`).toContain(path.join('.'));
      }
    });
  }
});
