import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../data/types.js';
import { createDirectoryApi } from '../src/directory/routes.js';
import { startDemoServer, type DemoServer } from '../src/node.js';
import { createStore } from '../src/store.js';
import { TEST_NOW } from './helpers.js';

// Details of the directory's actor routes a user of the demo sees, over real HTTP on 127.0.0.1:
// the order of each sort, bounding boxes that touch an actor exactly, the `ags` check, facet
// labels in both languages, the GeoJSON feature and the 404 text. A second directory, mounted
// on the same server, holds an actor without the optional fields (no subtype, description or
// Kreis key, a topic the topic list does not know), which the demo data never has.

const SPARSE_PREFIX = '/ohne-angaben/directory/v1';

const SPARSE_ACTOR: Actor = {
  id: 'werkstatt-nord',
  name: 'Werkstatt Nord',
  category: 'company',
  topics: ['quantencomputing'],
  offers: [],
  address: { city: 'Bautzen' },
  location: { lat: 51.1814, lon: 14.4242, precision: 'city' },
  updatedAt: '2026-11-02T10:00:00+01:00',
};

let server: DemoServer;

beforeAll(async () => {
  const store = createStore({ now: () => TEST_NOW });
  const sparse = new Hono().route(
    SPARSE_PREFIX,
    createDirectoryApi({ ...store, actors: [SPARSE_ACTOR] }),
  );
  server = await startDemoServer({
    port: 0,
    now: () => TEST_NOW,
    mounts: [{ prefix: '/ohne-angaben/', fetch: (request) => sparse.fetch(request) }],
  });
});
afterAll(() => server?.close());

async function get<T = any>(path: string): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}
const dir = <T = any>(path: string) => get<T>(`/directory/v1${path}`);
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('demo API: actor order', () => {
  it('sorts by name (German collation) when there is no search text, not in file order', async () => {
    const { body } = await dir('/actors?category=network');
    expect(ids(body)).toEqual([
      'it-mitteldeutschland',
      'dias-kompetenzstelle-ki',
      'futuresax',
      'silicon-saxony',
      'smart-infrastructure-hub',
      'smart-systems-hub',
      'spinlab',
      'teleskopeffekt',
    ]);
  });

  it('sorts the newest change first with sort=-updatedAt', async () => {
    const { body } = await dir('/actors?category=network&sort=-updatedAt');
    // 22.11. 16:11, 22.11. 12:19, 15.11. 15:58, 15.11. 11:06, 8.11. 14:45, 8.11. 10:37, …
    expect(ids(body)).toEqual([
      'futuresax',
      'smart-systems-hub',
      'dias-kompetenzstelle-ki',
      'silicon-saxony',
      'it-mitteldeutschland',
      'teleskopeffekt',
      'smart-infrastructure-hub',
      'spinlab',
    ]);
  });

  it('ranks a search by relevance: a hit in the name before hits in the town, ties by name', async () => {
    const { body } = await dir('/actors?q=Chemnitz');
    expect(body.total).toBe(4);
    expect(ids(body)).toEqual(['tu-chemnitz', 'fhg-enas', 'fhg-iwu', 'fusionsystems']);
  });

  it('keeps sort=name when there is search text too', async () => {
    const { body } = await dir('/actors?q=Chemnitz&sort=name');
    expect(ids(body)).toEqual(['fhg-enas', 'fhg-iwu', 'fusionsystems', 'tu-chemnitz']);
  });

  it('finds actors by a topic label or a word of the subtype, not only by name', async () => {
    // None of the five has "Robotik" in its name: the topic label "Robotik" (and Wandelbots'
    // subtype "Startup – Robotik-Software") are what the search matches.
    const { body } = await dir('/actors?q=Robotik');
    expect(ids(body)).toEqual(['ceti', 'fhg-iwu', 'htwk-leipzig', 'tu-chemnitz', 'wandelbots']);
    const { body: software } = await dir('/actors?q=Software');
    expect(ids(software)).toContain('wandelbots');
    // "Auftragsfertigung" stands only in GlobalFoundries' subtype ("Halbleiter-Auftragsfertigung"
    // or the like): no name, town, topic or description has it.
    const { body: subtype } = await dir('/actors?q=Auftragsfertigung');
    expect(ids(subtype)).toEqual(['globalfoundries-dresden']);
  });
});

describe('demo API: actor filters', () => {
  it('keeps actors lying exactly on the edges of a bounding box', async () => {
    // A box that is one point: the six actors placed on the TU Dresden campus.
    const { body } = await dir('/actors?bbox=13.727,51.0285,13.727,51.0285');
    expect(body.total).toBe(6);
    expect(ids(body)).toEqual(['ceti', 'cfaed', 'scads-ai', 'secai', 'tu-dresden', 'zih-nhr']);
  });

  it('leaves out actors south, north or east of the box', async () => {
    // Dresden: 6 actors at 51.0285 (campus), 24 at 51.0504 (centre), HZDR east at 13.9496.
    expect((await dir('/actors?bbox=13.7,51.04,13.8,51.1')).body.total).toBe(24);
    expect((await dir('/actors?bbox=13.7,51.0,13.8,51.04')).body.total).toBe(6);
    expect((await dir('/actors?bbox=13.72,51.0,13.73,51.1')).body.total).toBe(6);
  });

  it('filters by Kreis key and rejects keys that are not five digits', async () => {
    const { body } = await dir('/actors?ags=14522');
    expect(ids(body)).toEqual(['hs-mittweida', 'teleskopeffekt', 'tu-freiberg']);
    for (const bad of ['1461', 'x14612', '146120']) {
      const { status, body: problem } = await dir(`/actors?ags=${bad}`);
      expect(status).toBe(400);
      expect(problem.detail).toBe(`ags: "${bad}" is not a 5-digit Kreis key`);
      expect(problem.errors).toEqual([
        { name: 'ags', reason: `"${bad}" is not a 5-digit Kreis key` },
      ]);
    }
  });

  it('counts the topic and city facets without their own filter', async () => {
    const { body } = await dir('/actors?topic=robotics&city=Chemnitz');
    expect(ids(body)).toEqual(['fhg-iwu', 'tu-chemnitz']);
    // topics over all four actors in Chemnitz
    expect(body.facets.topic.map((f: any) => [f.value, f.count])).toEqual([
      ['edge-ai', 2],
      ['industry-automation', 2],
      ['machine-learning', 2],
      ['robotics', 2],
      ['autonomous-driving', 1],
      ['computer-vision', 1],
      ['iot', 1],
      ['semiconductors', 1],
    ]);
    // towns over all five robotics actors
    expect(body.facets.city).toEqual([
      { value: 'Chemnitz', label: 'Chemnitz', count: 2 },
      { value: 'Dresden', label: 'Dresden', count: 2 },
      { value: 'Leipzig', label: 'Leipzig', count: 1 },
    ]);
  });

  it('labels the categories in German and in English', async () => {
    expect((await dir('/actors')).body.facets.category).toEqual([
      { value: 'research', label: 'Forschung', count: 26 },
      { value: 'company', label: 'Wirtschaft', count: 10 },
      { value: 'network', label: 'Netzwerk', count: 8 },
      { value: 'education', label: 'Bildung', count: 6 },
    ]);
    expect((await dir('/actors?lang=en')).body.facets.category).toEqual([
      { value: 'research', label: 'Research', count: 26 },
      { value: 'company', label: 'Business', count: 10 },
      { value: 'network', label: 'Network', count: 8 },
      { value: 'education', label: 'Education', count: 6 },
    ]);
  });

  it('labels the attendance modes of events in German and in English', async () => {
    expect((await dir('/events?limit=1')).body.facets.attendanceMode).toEqual([
      { value: 'offline', label: 'Vor Ort', count: 14 },
      { value: 'mixed', label: 'Hybrid', count: 10 },
      { value: 'online', label: 'Online', count: 7 },
    ]);
    expect((await dir('/events?limit=1&lang=en')).body.facets.attendanceMode).toEqual([
      { value: 'offline', label: 'In person', count: 14 },
      { value: 'mixed', label: 'Hybrid', count: 10 },
      { value: 'online', label: 'Online', count: 7 },
    ]);
  });
});

describe('demo API: actor map and details', () => {
  it('sends each actor as a GeoJSON point with its Kreis key', async () => {
    const { status, headers, body } = await dir('/actors.geojson?city=Zwickau');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/geo+json');
    expect(body).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'whz',
          geometry: { type: 'Point', coordinates: [12.4961, 50.7189] },
          properties: {
            id: 'whz',
            name: 'Westsächsische Hochschule Zwickau',
            category: 'education',
            city: 'Zwickau',
            ags: '14524',
            topics: ['education', 'autonomous-driving', 'industry-automation'],
          },
        },
      ],
    });
  });

  it('rejects bad parameters on the map too', async () => {
    const { status, body } = await dir('/actors.geojson?category=bogus');
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { name: 'category', reason: '"bogus" is not one of company, research, network, education' },
    ]);
  });

  it('names the missing actor in the 404', async () => {
    const { status, body } = await dir('/actors/nicht-da');
    expect(status).toBe(404);
    expect(body.detail).toBe('Actor "nicht-da" does not exist');
  });
});

describe('demo API: an actor without the optional fields', () => {
  const sparse = (path: string) => get(`${SPARSE_PREFIX}${path}`);

  it('is found by its name and town, and absent fields add no words to the search', async () => {
    expect(ids((await sparse('/actors?q=Werkstatt')).body)).toEqual(['werkstatt-nord']);
    expect(ids((await sparse('/actors?q=Bautzen')).body)).toEqual(['werkstatt-nord']);
    // no subtype, no description, an unknown topic: nothing else is searchable
    for (const word of ['was', 'here', 'quantencomputing']) {
      expect((await sparse(`/actors?q=${word}`)).body.total).toBe(0);
    }
  });

  it('is left out by a Kreis filter and has no ags on the map', async () => {
    expect((await sparse('/actors?ags=14625')).body.total).toBe(0);
    const { body } = await sparse('/actors.geojson');
    expect(body.features[0].properties).toEqual({
      id: 'werkstatt-nord',
      name: 'Werkstatt Nord',
      category: 'company',
      city: 'Bautzen',
      topics: ['quantencomputing'],
    });
  });
});
