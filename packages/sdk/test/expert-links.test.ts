import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenDataClient, portals, type OpenDataClient } from '../src/index.js';
import { startTestServer } from './demo-server.js';

/**
 * The expert's links — API record, DCAT representations, Atom feed — built by the clients and
 * followed over real HTTP against the demo portals.
 */
let demo: Awaited<ReturnType<typeof startTestServer>>;
let ckan: OpenDataClient;
let entrystore: OpenDataClient;
beforeAll(async () => {
  demo = await startTestServer();
  ckan = createOpenDataClient({ type: 'ckan', baseUrl: `${demo.url}/ckan` });
  entrystore = createOpenDataClient({
    ...portals.sachsen,
    baseUrl: `${demo.url}/entrystore/store`,
  });
});
afterAll(() => demo.close());

const DCT_TITLE = 'http://purl.org/dc/terms/title';
/** An N-Triples statement: subject, predicate, object (IRI, blank node or literal), full stop. */
const STATEMENT =
  /^(?:<[^<>"{}|^`\\\s]*>|_:[A-Za-z0-9_-]+) <[^<>"{}|^`\\\s]*> (?:<[^<>"{}|^`\\\s]*>|_:[A-Za-z0-9_-]+|"(?:[^"\\\n\r]|\\.)*"(?:@[A-Za-z-]+|\^\^<[^<>\s]*>)?) \.$/;

describe('datasetApiUrl and representations', () => {
  it(
    'CKAN: package_show and ckanext-dcat’s .rdf, .ttl and .jsonld',
    { timeout: 60_000 },
    async () => {
      const [dataset] = (await ckan.search({ text: 'Radverkehr', limit: 1 })).items;
      const id = dataset!.id;
      expect(ckan.datasetApiUrl(dataset!)).toBe(
        `${demo.url}/ckan/api/3/action/package_show?id=${id}`,
      );
      const record = await (await fetch(ckan.datasetApiUrl(dataset!)!)).json();
      expect(record.result.title).toBe(dataset!.title);
      const links = ckan.representations(dataset!);
      expect(links).toEqual([
        {
          format: 'RDF/XML',
          mediaType: 'application/rdf+xml',
          url: `${demo.url}/ckan/dataset/${id}.rdf`,
        },
        { format: 'Turtle', mediaType: 'text/turtle', url: `${demo.url}/ckan/dataset/${id}.ttl` },
        {
          format: 'JSON-LD',
          mediaType: 'application/ld+json',
          url: `${demo.url}/ckan/dataset/${id}.jsonld`,
        },
      ]);
      await expectRepresentations(links, `${demo.url}/ckan/dataset/${id}`, dataset!.title);
    },
  );

  it(
    'EntryStore: the entry as JSON and its metadata in three formats',
    { timeout: 60_000 },
    async () => {
      const [dataset] = (await entrystore.search({ text: 'Radverkehr', limit: 1 })).items;
      const { context, id } = dataset!.entry!;
      const base = `${demo.url}/entrystore/store/${context}`;
      expect(entrystore.datasetApiUrl(dataset!)).toBe(
        `${base}/entry/${id}?format=application%2Fjson&includeAll=true`,
      );
      const entry = await (await fetch(entrystore.datasetApiUrl(dataset!)!)).json();
      expect(entry.metadata[dataset!.uri!][DCT_TITLE][0].value).toBe(dataset!.title);
      const links = entrystore.representations(dataset!);
      expect(links.map((l) => l.url)).toEqual([
        `${base}/metadata/${id}?format=application%2Frdf%2Bxml`,
        `${base}/metadata/${id}?format=text%2Fturtle`,
        `${base}/metadata/${id}?format=application%2Fld%2Bjson`,
      ]);
      await expectRepresentations(links, dataset!.uri!, dataset!.title);
    },
  );

  it('finds the entry of a dataset known only by its context/entry id', () => {
    expect(
      entrystore.datasetApiUrl({
        id: '1/77',
        portal: 'x',
        title: 't',
        keywords: [],
        themes: [],
        distributions: [],
      }),
    ).toBe(`${demo.url}/entrystore/store/1/entry/77?format=application%2Fjson&includeAll=true`);
    // An identifier that names no entry: no link rather than a wrong one.
    const plain = {
      id: 'abc',
      portal: 'x',
      title: 't',
      keywords: [],
      themes: [],
      distributions: [],
    };
    expect(entrystore.datasetApiUrl(plain)).toBeUndefined();
    expect(entrystore.representations(plain)).toEqual([]);
  });
});

/** Each link answers in its media type with a graph that titles the dataset. */
async function expectRepresentations(
  links: { format: string; mediaType: string; url: string }[],
  subject: string,
  title: string,
) {
  for (const link of links) {
    const response = await fetch(link.url);
    expect(response.status, link.url).toBe(200);
    expect(response.headers.get('content-type'), link.url).toContain(link.mediaType);
    const body = await response.text();
    if (link.format === 'Turtle') {
      // The demo writes one statement a line (N-Triples, a subset of Turtle): each line must be
      // a statement, and one of them titles the dataset.
      const lines = body.trimEnd().split('\n');
      for (const line of lines) expect(line).toMatch(STATEMENT);
      const titled = `<${subject}> <${DCT_TITLE}> ${JSON.stringify(title)}`;
      // German-tagged, or untagged as harvested records are.
      expect(lines.filter((l) => l === `${titled}@de .` || l === `${titled} .`)).toHaveLength(1);
    } else if (link.format === 'JSON-LD') {
      const nodes = JSON.parse(body) as Record<string, { '@value': string }[]>[];
      const node = nodes.find((n) => (n as unknown as { '@id': string })['@id'] === subject);
      expect(node?.[DCT_TITLE]?.[0]?.['@value']).toBe(title);
    } else {
      expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rdf:RDF/);
      expect(body).toContain(`rdf:about="${subject}"`);
    }
  }
}

describe('feedUrl', () => {
  it('EntryStore portals have no feed', () => {
    expect(entrystore.feedUrl({ text: 'Verkehr' })).toBeUndefined();
  });

  it(
    'CKAN: the feed lists the same datasets as the search, newest change first',
    { timeout: 60_000 },
    async () => {
      const query = { text: 'Verkehr', region: ['14612'], modified: { from: '2020-01-01' } };
      const url = ckan.feedUrl(query)!;
      expect(url.startsWith(`${demo.url}/ckan/feeds/custom.atom?q=`)).toBe(true);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/atom+xml');
      const xml = await response.text();
      const feed = readAtom(xml);
      const ids: string[] = [];
      for await (const d of ckan.searchAll({ ...query, sort: 'modified' })) ids.push(d.id);
      expect(ids.length).toBeGreaterThan(0);
      // The feed's first page (20 entries) is the search's first 20, in the same order.
      expect(feed.entries.map((e) => e.id.split('/').pop())).toEqual(ids.slice(0, 20));
      expect(feed.entries.length).toBe(Math.min(20, ids.length));
    },
  );

  it('CKAN: a plain text search stays a plain q', () => {
    expect(ckan.feedUrl({ text: 'Schule' })).toBe(
      `${demo.url}/ckan/feeds/custom.atom?q=Schule&sort=metadata_modified+desc`,
    );
  });
});

/**
 * The parts of RFC 4287 a feed reader needs, checked strictly: one feed element in the Atom
 * namespace with id, title, updated and an author; every entry with id, title, updated (RFC 3339)
 * and an alternate link.
 */
function readAtom(xml: string) {
  expect(
    xml.startsWith(
      '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
    ),
  ).toBe(true);
  expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  const head = xml.slice(0, xml.indexOf('<entry>') === -1 ? undefined : xml.indexOf('<entry>'));
  for (const element of ['id', 'title', 'updated'])
    expect(head).toMatch(new RegExp(`<${element}>[^<]+</${element}>`));
  expect(head).toMatch(/<author><name>[^<]+<\/name><\/author>/);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => {
    const one = (name: string) => {
      const found = [...body!.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))];
      expect(found, name).toHaveLength(1);
      return found[0]![1]!;
    };
    expect(one('updated')).toMatch(rfc3339);
    expect(body).toMatch(/<link href="[^"]+" rel="alternate"\/>/);
    return { id: one('id'), title: one('title'), updated: one('updated') };
  });
  return { entries };
}
