import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../src/io/import.js';
import { demoSeed } from '../src/seed/demo.js';
import { SUITE_NOW } from '../../../scripts/test/directory/target.js';
import { startTestServer } from './support/server.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const nTriples = (quads: Quad[]) =>
  new Writer({ format: 'N-Triples' }).quadsToString(quads).trim().split('\n').sort();
const seed = demoSeed(SUITE_NOW);
const importOptions = (fileName: string) => ({
  fileName,
  knownTopics: new Set(seed.topics.map((t) => t.id)),
  topicLabels: seed.topics,
});

describe('open-data routes over HTTP (SQLite, demo seed)', () => {
  let server: Server;
  let configured: Server;
  beforeAll(async () => {
    server = await startTestServer({ engine: 'sqlite' });
    configured = await startTestServer(
      { engine: 'sqlite' },
      {
        openData: {
          publicUrl: 'https://ki.landkreis-muster.example',
          licence: 'http://dcat-ap.de/def/licenses/cc-by/4.0',
          publisher: { name: 'Landkreis Muster', uri: 'https://www.landkreis-muster.example/' },
        },
        calendarDomain: 'ki.landkreis-muster.example',
      },
    );
  });
  afterAll(async () => {
    await server?.close();
    await configured?.close();
  });

  it('GET /dcat answers JSON-LD by default, cacheable, with downloads under the server’s URL', async () => {
    const response = await fetch(`${server.url}/dcat`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const document = await response.json();
    const quads = new Parser({ format: 'N-Quads' }).parse(
      (await jsonld.toRDF(document, { format: 'application/n-quads' })) as string,
    );
    const downloads = quads
      .filter((q) => q.predicate.value === 'http://www.w3.org/ns/dcat#downloadURL')
      .map((q) => q.object.value);
    expect(downloads.sort()).toEqual(
      [
        '/directory/v1/actors.geojson',
        '/directory/v1/events.ics',
        '/export/actors.csv',
        '/export/directory.json',
      ].map((path) => `${server.url}${path}`),
    );
    // The newest updatedAt of the seed is the dataset's dct:modified.
    const modified = quads.find(
      (q) =>
        q.subject.value.endsWith('#dataset') &&
        q.predicate.value === 'http://purl.org/dc/terms/modified',
    );
    const newest = Math.max(
      ...[...seed.actors, ...seed.events].map((item) => Date.parse(item.updatedAt)),
    );
    expect(Date.parse(modified!.object.value)).toBe(newest);
    expect(
      (await fetch(`${server.url}/dcat`, { headers: { 'if-none-match': etag! } })).status,
    ).toBe(304);
  });

  it('GET /dcat with Accept: text/turtle answers the same graph as Turtle', async () => {
    const turtle = await fetch(`${server.url}/dcat`, {
      headers: { accept: 'text/turtle, application/ld+json;q=0.5' },
    });
    expect(turtle.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const fromTurtle = new Parser({ format: 'text/turtle' }).parse(await turtle.text());
    const ld = await (
      await fetch(`${server.url}/dcat`, { headers: { accept: 'application/ld+json' } })
    ).json();
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(
      (await jsonld.toRDF(ld, { format: 'application/n-quads' })) as string,
    );
    expect(nTriples(fromTurtle)).toEqual(nTriples(fromJsonLd));
    expect(nTriples(fromTurtle).length).toBeGreaterThan(60);
  });

  it('GET /dcat uses the configured public URL, licence and publisher', async () => {
    const text = await (
      await fetch(`${configured.url}/dcat`, { headers: { accept: 'text/turtle' } })
    ).text();
    expect(text).toContain('<https://ki.landkreis-muster.example/export/actors.csv>');
    expect(text).toContain('dct:license <http://dcat-ap.de/def/licenses/cc-by/4.0>');
    expect(text).toContain('foaf:name "Landkreis Muster"');
    expect(text).not.toContain(configured.url);
  });

  it('GET /export/actors.csv gives the directory’s actors as a spreadsheet file the import reads back', async () => {
    const response = await fetch(`${server.url}/export/actors.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('etag')).toBeTruthy();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = parseImport(bytes, importOptions('actors.csv'));
    expect(result.rejected).toEqual([]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...result.actors].sort(byId)).toEqual([...seed.actors].sort(byId));
  });

  it('GET /export/directory.json gives everything in the import’s JSON schema', async () => {
    const response = await fetch(`${server.url}/export/directory.json`);
    expect(response.status).toBe(200);
    const result = parseImport(
      new Uint8Array(await response.arrayBuffer()),
      importOptions('directory.json'),
    );
    expect(result.rejected).toEqual([]);
    expect(result.actors).toHaveLength(50);
    expect(result.events).toHaveLength(seed.events.length);
    expect(result.topics).toEqual(seed.topics);
  });

  it('GET /directory/v1/events.ics carries topic labels and UIDs of the configured domain', async () => {
    const text = await (
      await fetch(`${configured.url}/directory/v1/events.ics?from=2020-01-01`)
    ).text();
    expect(text).toMatch(/\r\nUID:ki-kongress-sachsen-2024@ki\.landkreis-muster\.example\r\n/);
    expect(text).toMatch(
      /\r\nCATEGORIES:Geschäftsprozessoptimierung,Industrielle Automatisierung,/,
    );
  });
});
