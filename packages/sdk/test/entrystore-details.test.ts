import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenDataClient,
  NotFoundError,
  PortalError,
  ResponseValidationError,
  ServerError,
} from '../src/index.js';
import type { OpenDataClientOptions } from '../src/open-data/adapter.js';
import type { Dataset } from '../src/open-data/model.js';
import { agentName, linksOf, readHit, toDataset } from '../src/open-data/entrystore/parse.js';
import {
  bestLiteral,
  describes,
  firstValue,
  literalsIn,
  resourceOf,
} from '../src/open-data/entrystore/rdf.js';
import type { SearchChild } from '../src/open-data/entrystore/schemas.js';

/**
 * The EntryStore adapter on answers the demo portal never gives: graphs whose dataset is found only
 * by its type, blank and untyped values, licences only on the distributions, error bodies with
 * status 200, identifiers only in a URI. A small server on 127.0.0.1 plays the store: each test
 * sets the search answer (and the look-ups of linked resources) as RDF/JSON written out here.
 */

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const TYPE = `${RDF}type`;
const TITLE = `${DCT}title`;
const IDENTIFIER = `${DCT}identifier`;
const LICENSE = `${DCT}license`;
const SPATIAL = `${DCT}spatial`;
const DISTRIBUTION = `${DCAT}distribution`;
const CONTACT_POINT = `${DCAT}contactPoint`;
const ES_RESOURCE = 'http://entrystore.org/terms/resource';
const DL_ZERO = 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0';
const CC_BY = 'http://dcat-ap.de/def/licenses/cc-by/4.0';

type Term = { type: 'uri' | 'literal' | 'bnode'; value: string; lang?: string };
type Graph = Record<string, Record<string, Term[]>>;
const uri = (value: string): Term => ({ type: 'uri', value });
const lit = (value: string, lang?: string): Term => ({
  type: 'literal',
  value,
  ...(lang ? { lang } : {}),
});

/** What the store answers next: a status with a raw body. */
type Reply = { status: number; body: string };

let server: Server;
let base = '';
let requests: string[] = [];
let reply: (url: URL) => Reply | Promise<Reply>;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    void Promise.resolve(reply(new URL(request.url ?? '/', 'http://127.0.0.1'))).then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(body);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/store`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  reply = () => searchReply([]);
});

const client = (options: Partial<OpenDataClientOptions> = {}) =>
  createOpenDataClient({ type: 'entrystore', baseUrl: base, id: 'test', retry: 0, ...options });

/** The entry information of `context/entry`: the resource it describes. */
const infoOf = (context: string, entry: string, resource: string): Graph => ({
  [`${base}/${context}/entry/${entry}`]: { [ES_RESOURCE]: [uri(resource)] },
});

interface Child {
  contextId: string;
  entryId: string;
  info?: Graph;
  metadata?: Graph;
}

/** A search answer of these hits, as EntryStore writes it. */
function searchReply(children: Child[]): Reply {
  return {
    status: 200,
    body: JSON.stringify({
      resource: { children },
      results: children.length,
      limit: 20,
      offset: 0,
      facetFields: [],
    }),
  };
}

/** The Solr query of a request to `/store/search`, decoded. */
const solrQuery = (url: string) => new URL(url, 'http://127.0.0.1').searchParams.get('query');

const search = async (children: Child[]) => {
  reply = () => searchReply(children);
  return (await client().search({ facets: [] })).items;
};

describe('which subject is the dataset', () => {
  it('takes the es:resource of another subject of the entry information', async () => {
    // The entry's own subject carries only dates; the statement about the resource sits on
    // another subject (a store behind a proxy writes its own base). The dataset has no rdf:type,
    // so nothing but the entry information names it.
    const resource = `${base}/1/resource/5`;
    const items = await search([
      {
        contextId: '1',
        entryId: '5',
        info: {
          [`${base}/1/entry/5`]: { [`${DCT}modified`]: [lit('2024-03-01T10:00:00Z')] },
          'https://intern.example/store/1/entry/5-meta': { [ES_RESOURCE]: [uri(resource)] },
        },
        metadata: { [resource]: { [TITLE]: [lit('Radwege im Landkreis', 'de')] } },
      },
    ]);
    expect(items.map((d) => [d.id, d.title, d.uri])).toEqual([
      ['1/5', 'Radwege im Landkreis', resource],
    ]);
  });

  it('without entry information, takes the subject typed dcat:Dataset', async () => {
    // A contact without a type and a distribution come first in the graph: neither is the dataset.
    const resource = 'https://daten.example/dataset/haltestellen';
    const items = await search([
      {
        contextId: '3',
        entryId: '9',
        metadata: {
          '_:kontakt': { [`${VCARD}fn`]: [lit('Servicestelle')] },
          'https://daten.example/distribution/csv': {
            [TYPE]: [uri(`${DCAT}Distribution`)],
            [TITLE]: [lit('CSV-Datei', 'de')],
          },
          [resource]: {
            [TYPE]: [uri(`${DCAT}Dataset`)],
            [TITLE]: [lit('Haltestellen', 'de')],
            [IDENTIFIER]: [lit('haltestellen-2024')],
          },
        },
      },
    ]);
    expect(items.map((d) => [d.id, d.title, d.uri])).toEqual([
      ['haltestellen-2024', 'Haltestellen', resource],
    ]);
  });

  it('skips a hit whose resource has an empty description', async () => {
    const items = await search([
      {
        contextId: '1',
        entryId: '6',
        info: infoOf('1', '6', `${base}/1/resource/6`),
        metadata: { [`${base}/1/resource/6`]: {} },
      },
      {
        contextId: '1',
        entryId: '7',
        info: infoOf('1', '7', `${base}/1/resource/7`),
        metadata: { [`${base}/1/resource/7`]: { [TITLE]: [lit('Pegelstände', 'de')] } },
      },
    ]);
    expect(items.map((d) => d.title)).toEqual(['Pegelstände']);
  });
});

describe('values', () => {
  it('skips blank titles, literal and blank spatial values; trims names; labels places', async () => {
    const resource = `${base}/2/resource/1`;
    const contact = 'https://daten.example/kontakt/lfu';
    const place = 'http://sws.geonames.org/2935022/';
    const [dataset] = await search([
      {
        contextId: '2',
        entryId: '1',
        info: infoOf('2', '1', resource),
        metadata: {
          [resource]: {
            [TITLE]: [lit('  ', 'de'), lit('Luftqualität Dresden', 'de')],
            // A place name as a literal, a URI of spaces, then the URI with stray spaces.
            [SPATIAL]: [lit('Sachsen'), uri('  '), uri(` ${place} `)],
            [CONTACT_POINT]: [uri(contact)],
          },
          [place]: { 'http://www.w3.org/2000/01/rdf-schema#label': [lit('Dresden', 'de')] },
          // No vcard:fn: the organisation's name, written with spaces around it.
          [contact]: {
            [`${VCARD}organization-name`]: [lit(' Landesamt für Umwelt ')],
            [`${VCARD}hasEmail`]: [uri('mailto:luft@lfu.example')],
          },
        },
      },
    ]);
    expect(dataset).toMatchObject({
      title: 'Luftqualität Dresden',
      spatial: place,
      regions: [{ label: 'Sachsen' }, { uri: place, label: 'Dresden' }],
      contact: { name: 'Landesamt für Umwelt', email: 'luft@lfu.example' },
    });
    expect(dataset!.regions).toHaveLength(2);
  });

  it('trims publisher names, skips blank-node licences and leaves out keys without a value', async () => {
    const resource = `${base}/2/resource/3`;
    const publisher = 'https://www.leipzig.de/';
    const [dataset] = await search([
      {
        contextId: '2',
        entryId: '3',
        info: infoOf('2', '3', resource),
        metadata: {
          [resource]: {
            [TITLE]: [lit('Schulen', 'de')],
            [`${DCT}publisher`]: [uri(publisher)],
            // A licence written as a blank node (a licence document) before the licence URI.
            [LICENSE]: [{ type: 'bnode', value: '_:lizenz' }, uri(DL_ZERO)],
          },
          [publisher]: { 'http://xmlns.com/foaf/0.1/name': [lit(' Stadt Leipzig ', 'de')] },
          '_:lizenz': { [TITLE]: [lit('Lizenztext')] },
        },
      },
    ]);
    expect(dataset!.publisher).toEqual({ name: 'Stadt Leipzig', uri: publisher });
    expect(dataset!.license?.uri).toBe(DL_ZERO);
    // The publisher is described in the hit's graph: no look-up.
    expect(requests).toHaveLength(1);
    expect(Object.keys(dataset!).sort()).toEqual([
      'distributions',
      'entry',
      'id',
      'keywords',
      'license',
      'portal',
      'publisher',
      'themes',
      'title',
      'uri',
    ]);
  });

  it('takes the most frequent licence of the distributions, the first seen on a tie', async () => {
    // Neither dataset names a licence itself; their distributions do.
    const distributions = (prefix: string, licenses: string[]): Graph =>
      Object.fromEntries(
        licenses.map((license, i) => [
          `https://daten.example/${prefix}/d${i}`,
          { [TITLE]: [lit(`Teil ${i + 1}`, 'de')], [LICENSE]: [uri(license)] },
        ]),
      );
    const dataset = (entryId: string, title: string, licenses: string[]): Child => {
      const resource = `${base}/4/resource/${entryId}`;
      const parts = distributions(entryId, licenses);
      return {
        contextId: '4',
        entryId,
        info: infoOf('4', entryId, resource),
        metadata: {
          [resource]: {
            [TITLE]: [lit(title, 'de')],
            [DISTRIBUTION]: Object.keys(parts).map(uri),
          },
          ...parts,
        },
      };
    };
    const items = await search([
      dataset('1', 'Mehrheit', [DL_ZERO, CC_BY, CC_BY]),
      dataset('2', 'Gleichstand', [DL_ZERO, CC_BY]),
    ]);
    // All distributions are in the hits' own graphs: no look-up.
    expect(requests).toHaveLength(1);
    const licenses = (d: Dataset) => [d.title, d.license?.uri, d.distributions.length];
    expect(items.map(licenses)).toEqual([
      ['Mehrheit', CC_BY, 3],
      ['Gleichstand', DL_ZERO, 2],
    ]);
  });
});

describe('the query sent', () => {
  const sent = async (query: Parameters<ReturnType<typeof client>['search']>[0]) => {
    requests = [];
    await client().search({ ...query, facets: [] });
    expect(requests).toHaveLength(1);
    return solrQuery(requests[0]!);
  };
  const DATASETS = 'public:true AND rdfType:http\\:\\/\\/www.w3.org\\/ns\\/dcat#Dataset';

  it('searches words in composed form, without empty words from punctuation', async () => {
    // „Grünflächen“ with decomposed umlauts (u + U+0308), as some keyboards and PDFs give them.
    expect(await sent({ text: '„Gru\u0308nfla\u0308chen“!' })).toBe(
      `${DATASETS} AND (title:gr\u00fcnfl\u00e4chen* OR description:gr\u00fcnfl\u00e4chen* OR ` +
        'tag.literal:gr\u00fcnfl\u00e4chen*)',
    );
    // Punctuation only: no text clause at all.
    expect(await sent({ text: '?! …' })).toBe(DATASETS);
  });

  it('quotes a keyword with quotes and backslashes as one phrase', async () => {
    expect(await sent({ keyword: ['Messwerte "roh" \\ 2024'] })).toBe(
      `${DATASETS} AND metadata.predicate.literal_s.a6424133:("Messwerte \\"roh\\" \\\\ 2024")`,
    );
  });

  it('asks for a start date also when the temporal range has no end', async () => {
    expect(await sent({ temporal: { from: '2024-01-01' } })).toBe(
      `${DATASETS} AND ` +
        '(metadata.predicate.date.73dbf469:[* TO *] OR metadata.predicate.date.1c06f647:[* TO *]) AND ' +
        '(metadata.predicate.date.7d01e96c:[2023-12-31T23:00:00Z TO *] OR ' +
        'metadata.predicate.date.2198789d:[2023-12-31T23:00:00Z TO *] OR ' +
        '(*:* -(metadata.predicate.date.7d01e96c:[* TO *] OR metadata.predicate.date.2198789d:[* TO *])))',
    );
  });
});

describe('pages and single datasets', () => {
  /** An entry as `GET /{context}/entry/{entry}?format=application/json` answers it. */
  const entryReply = (entryId: string, info: Graph, metadata?: Graph): Reply => ({
    status: 200,
    body: JSON.stringify({ entryId, info, ...(metadata ? { metadata } : {}) }),
  });
  const paths = () => requests.map((url) => url.split('?')[0]);

  it('trusts an empty first page without asking again', async () => {
    // Only a page past the end needs the `limit=1` count; this store would answer it with 5.
    reply = (url) =>
      url.searchParams.get('limit') === '1'
        ? { status: 200, body: searchReply([]).body.replace('"results":0', '"results":5') }
        : searchReply([]);
    const page = await client().search({ text: 'nichts', facets: [] });
    expect(page).toMatchObject({ total: 0, offset: 0, items: [] });
    expect(requests).toHaveLength(1);
  });

  it('reads a dataset by identifier with one search', async () => {
    const resource = `${base}/3/resource/9`;
    reply = () =>
      searchReply([
        {
          contextId: '3',
          entryId: '9',
          info: infoOf('3', '9', resource),
          metadata: { [resource]: { [TITLE]: [lit('Haltestellen', 'de')] } },
        },
      ]);
    const dataset = await client().dataset('haltestellen-2024');
    expect([dataset.id, dataset.title]).toEqual(['3/9', 'Haltestellen']);
    expect(paths()).toEqual(['/store/search']);
  });

  it('reads context/entry as an entry only when it describes a dcat:Dataset', async () => {
    const resource = `${base}/5/resource/9`;
    const types = (...values: string[]) => ({
      [resource]: { [TYPE]: values.map(uri), [TITLE]: [lit('Luftmessnetz', 'de')] },
    });
    // A dataset with a second type is still a dataset: the entry is enough.
    reply = () =>
      entryReply('9', infoOf('5', '9', resource), types(`${DCAT}Dataset`, `${DCAT}Resource`));
    const dataset = await client().dataset('5/9');
    expect([dataset.id, dataset.title, dataset.entry]).toEqual([
      '5/9',
      'Luftmessnetz',
      { context: '5', id: '9' },
    ]);
    expect(paths()).toEqual(['/store/5/entry/9']);

    // A distribution's entry is no dataset: the identifier search decides, and finds nothing.
    requests = [];
    reply = (url) =>
      url.pathname === '/store/search'
        ? searchReply([])
        : entryReply('9', infoOf('5', '9', resource), types(`${DCAT}Distribution`));
    const error = await client()
      .dataset('5/9')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(paths()).toEqual(['/store/5/entry/9', '/store/search']);
  });

  it('searches an identifier with a slash when no entry has it, and keeps other failures', async () => {
    const resource = 'https://daten.example/dataset/7-11';
    reply = (url) =>
      url.pathname === '/store/search'
        ? searchReply([
            {
              contextId: '8',
              entryId: '1',
              info: infoOf('8', '1', resource),
              metadata: {
                [resource]: { [TITLE]: [lit('Baustellen', 'de')], [IDENTIFIER]: [lit('7/11')] },
              },
            },
          ])
        : { status: 404, body: '{"error":"Entry not found"}' };
    const found = await client().dataset('7/11');
    expect([found.id, found.title, found.entry]).toEqual([
      '7/11',
      'Baustellen',
      { context: '8', id: '1' },
    ]);
    expect(paths()).toEqual(['/store/7/entry/11', '/store/search']);

    // A server error on the entry is that error, not a search for something else.
    requests = [];
    reply = (url) =>
      url.pathname === '/store/search'
        ? searchReply([])
        : { status: 500, body: '{"error":"Boom"}' };
    const error = await client()
      .dataset('7/11')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500 });
    expect(paths()).toEqual(['/store/7/entry/11']);
  });

  it('passes the caller’s abort reason through while looking up a dataset’s distributions', async () => {
    const resource = `${base}/5/resource/9`;
    const csv = 'https://daten.example/distribution/9.csv';
    const controller = new AbortController();
    const reason = new Error('Nutzer hat abgebrochen');
    reply = async (url) => {
      if (url.pathname !== '/store/search')
        return {
          status: 200,
          body: JSON.stringify({
            entryId: '9',
            info: infoOf('5', '9', resource),
            metadata: {
              [resource]: {
                [TYPE]: [uri(`${DCAT}Dataset`)],
                [TITLE]: [lit('Luftmessnetz', 'de')],
                [DISTRIBUTION]: [uri(csv)],
              },
            },
          }),
        };
      // The look-up of the distribution is under way when the caller gives up.
      controller.abort(reason);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return searchReply([]);
    };
    const error = await client()
      .dataset('5/9', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(paths()).toEqual(['/store/5/entry/9', '/store/search']);
  });

  it('names the URL and the answer when an unchecked answer cannot be read', async () => {
    // `validate: 'off'`: a subject whose predicates are null passes unchecked and breaks mapping.
    const broken = { [`${base}/1/entry/2`]: null } as unknown as Graph;
    const searchBody = JSON.stringify({
      resource: { children: [{ contextId: '1', entryId: '2', info: broken, metadata: {} }] },
      results: 1,
      limit: 20,
      offset: 0,
      facetFields: [],
    });
    const entryBody = JSON.stringify({ entryId: '2', info: broken, metadata: {} });
    reply = (url) => ({
      status: 200,
      body: url.pathname === '/store/search' ? searchBody : entryBody,
    });
    const off = client({ validate: 'off' });
    const cases: [string, () => Promise<unknown>, string][] = [
      ['search', () => off.search({ facets: [] }), searchBody],
      ['by identifier', () => off.dataset('kennung'), searchBody],
      ['by entry', () => off.dataset('1/2'), entryBody],
    ];
    for (const [name, call, body] of cases) {
      requests = [];
      const error = (await call().catch((e: unknown) => e)) as ResponseValidationError;
      const url = `http://127.0.0.1:${new URL(base).port}${requests.at(-1)}`;
      expect(error, name).toBeInstanceOf(ResponseValidationError);
      expect(error.message, name).toBe(
        `Die Antwort entspricht nicht dem erwarteten Format und lässt sich nicht verarbeiten (${url}).`,
      );
      expect(error, name).toMatchObject({ url, body });
    }
  });
});

describe('request()', () => {
  const store = () => createOpenDataClient({ type: 'entrystore', baseUrl: base, retry: 0 });
  const query = { type: 'solr', query: 'public:true', limit: 1 } as const;

  it('answers the JSON of the store', async () => {
    reply = () => searchReply([]);
    const answer = await store().request('/search', { query });
    expect(answer).toEqual({
      resource: { children: [] },
      results: 0,
      limit: 20,
      offset: 0,
      facetFields: [],
    });
  });

  it('turns an error body with status 200 and a 400 into a PortalError', async () => {
    for (const status of [200, 400]) {
      reply = () => ({ status, body: '{"error":"Query parse error"}' });
      requests = [];
      const error = (await store()
        .request('/search', { query })
        .catch((e: unknown) => e)) as PortalError;
      const url = `http://127.0.0.1:${new URL(base).port}${requests[0]}`;
      expect(error, String(status)).toBeInstanceOf(PortalError);
      expect(error.message, String(status)).toBe(
        `Das Portal meldet einen Fehler: EntryStore – Query parse error (${url}).`,
      );
    }
  });
});

describe('errors', () => {
  const ERROR_BODY = '{"error":"Unknown field: foo"}';
  const failure = (promise: Promise<unknown>) => promise.catch((e: unknown) => e);

  it('an error body with status 200 is a PortalError naming the URL (validated answer)', async () => {
    reply = () => ({ status: 200, body: ERROR_BODY });
    const error = (await failure(client().search({ text: 'Wald', facets: [] }))) as PortalError;
    const url = `${base}/search?${requests[0]!.split('?')[1]}`;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.message).toBe(
      `Das Portal meldet einen Fehler: EntryStore – Unknown field: foo (${url}).`,
    );
    expect(error).toMatchObject({ portalType: 'EntryStore', url, body: ERROR_BODY });
    expect(error.cause).toBeInstanceOf(ResponseValidationError);
  });

  it('an error body with status 200 is a PortalError also when answers go unchecked', async () => {
    reply = () => ({ status: 200, body: ERROR_BODY });
    const error = (await failure(
      client({ validate: 'off', language: 'en' }).search({ facets: [] }),
    )) as PortalError;
    const url = `${base}/search?${requests[0]!.split('?')[1]}`;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.message).toBe(
      `The portal reports an error: EntryStore – Unknown field: foo (${url}).`,
    );
    expect(error).toMatchObject({ portalType: 'EntryStore', url, body: ERROR_BODY });
  });

  it('a malformed answer without an error body stays a ResponseValidationError', async () => {
    reply = () => ({ status: 200, body: '{"results":"viele"}' });
    const error = await failure(client().search({ facets: [] }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).not.toBeInstanceOf(PortalError);
  });

  it('a 400 whose body is no error object is a PortalError without detail', async () => {
    // JSON `null` (no object to read `error` from) and a body that is no JSON at all.
    for (const body of ['null', 'Bad Request']) {
      reply = () => ({ status: 400, body });
      requests = [];
      const error = (await failure(client().search({ facets: [] }))) as PortalError;
      const url = `${base}/search?${requests[0]!.split('?')[1]}`;
      expect(error, body).toBeInstanceOf(PortalError);
      expect(error.message, body).toBe(`Das Portal meldet einen Fehler: EntryStore (${url}).`);
      expect(error, body).toMatchObject({ status: 400, url, body });
    }
  });

  it('an unknown identifier is a NotFoundError with the search URL and status 404', async () => {
    const error = (await failure(client().dataset('kein-datensatz'))) as NotFoundError;
    const url = `${base}/search?${requests[0]!.split('?')[1]}`;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(`Nicht gefunden (${url}).`);
    expect(error).toMatchObject({ status: 404, url, code: 'not_found' });
  });
});

describe('links of a dataset known only by its resource URI', () => {
  const dataset = (uri: string): Dataset => ({
    id: 'kein-eintrag',
    uri,
    portal: 'test',
    title: 'T',
    keywords: [],
    themes: [],
    distributions: [],
  });

  it('reads context and entry from {base}/{context}/resource/{entry}', () => {
    const store = client();
    expect(store.datasetApiUrl(dataset(`${base}/12/resource/77`))).toBe(
      `${base}/12/entry/77?format=application%2Fjson&includeAll=true`,
    );
    expect(store.representations(dataset(`${base}/12/resource/77`))).toEqual([
      {
        format: 'RDF/XML',
        mediaType: 'application/rdf+xml',
        url: `${base}/12/metadata/77?format=application%2Frdf%2Bxml`,
      },
      {
        format: 'Turtle',
        mediaType: 'text/turtle',
        url: `${base}/12/metadata/77?format=text%2Fturtle`,
      },
      {
        format: 'JSON-LD',
        mediaType: 'application/ld+json',
        url: `${base}/12/metadata/77?format=application%2Fld%2Bjson`,
      },
    ]);
  });

  it('gives no link for other URIs under the store', () => {
    const store = client();
    for (const uri of [
      `${base}/a/12/resource/77`,
      `${base}/12/resource/77/x`,
      `${base}/12/resource/77?x=1`,
      `${base}/12/resource/`,
      'https://anderswo.example/store/12/resource/77',
    ]) {
      expect(store.datasetApiUrl(dataset(uri)), uri).toBeUndefined();
      expect(store.representations(dataset(uri)), uri).toEqual([]);
    }
  });
});

/**
 * The graph-reading parts on their own: each case below is a graph a portal could send and the
 * exact value a user would see from it (a title, a place, a licence, a contact).
 */
const DE = 'de' as const;

describe('reading RDF/JSON', () => {
  it('takes the best literal: client language, then German, then untagged; first on a tie', () => {
    // German ranks before untagged text for an English client.
    expect(bestLiteral([lit('Ohne Sprache'), lit('Deutsch', 'de')], 'en')).toBe('Deutsch');
    // URIs and blank literals are no titles, however well their language fits.
    expect(bestLiteral([uri('https://daten.example/titel'), lit('Titel')], DE)).toBe('Titel');
    expect(bestLiteral([lit('  ', 'de'), lit('Untagged')], DE)).toBe('Untagged');
    // A better language later wins; an equal one later does not.
    expect(bestLiteral([lit('Erster', 'de'), lit('First', 'en')], DE)).toBe('Erster');
    expect(bestLiteral([lit('Erster', 'de'), lit('Zweiter', 'de')], DE)).toBe('Erster');
  });

  it('lists the literals of the best group: the client language with untagged ones, else German', () => {
    const terms = [lit('Wald', 'en'), lit('Forst', 'de'), lit('Baum'), lit('arbre', 'fr')];
    expect(literalsIn(terms, 'en')).toEqual(['Wald', 'Baum']);
    // Neither the client language nor untagged: German alone, not French beside it.
    expect(literalsIn([lit('Forst', 'de'), lit('arbre', 'fr')], 'en')).toEqual(['Forst']);
    // Only other languages: all of them.
    expect(literalsIn([lit('arbre', 'fr'), lit('albero', 'it')], DE)).toEqual(['arbre', 'albero']);
    // URIs and blank literals are no keywords; values are trimmed and then given once.
    expect(
      literalsIn([uri('https://daten.example/tag'), lit('  '), lit(' Wald '), lit('Wald')], DE),
    ).toEqual(['Wald']);
  });

  it('takes the first non-blank value, trimmed', () => {
    expect(firstValue([lit('  '), lit(' Wert ')])).toBe('Wert');
    expect(firstValue([lit('')])).toBeUndefined();
  });

  it('a subject without statements is not described', () => {
    expect(describes({ s: {} }, 's')).toBe(false);
    expect(describes({ s: { [TITLE]: [lit('T')] } }, 's')).toBe(true);
  });

  it('finds the resource by the entry URI’s ending, else by any subject', () => {
    const info: Graph = {
      // Another entry's subject comes first; the entry's own one is under a proxy's base.
      'https://store.example/1/entry/50': { [ES_RESOURCE]: [uri('https://r.example/50')] },
      'https://proxy.example/store/1/entry/5': { [ES_RESOURCE]: [uri('https://r.example/5')] },
    };
    expect(resourceOf(info, '1', '5')).toBe('https://r.example/5');
    // The entry's subject says nothing about the resource: another subject does.
    const other: Graph = {
      'https://store.example/1/entry/5': { [TITLE]: [lit('Eintrag')] },
      'https://store.example/x': { [ES_RESOURCE]: [uri('https://r.example/x')] },
    };
    expect(resourceOf(other, '1', '5')).toBe('https://r.example/x');
  });
});

describe('mapping a hit', () => {
  const DS = 'https://daten.example/dataset/1';
  const DCATDE = 'http://dcat-ap.de/def/dcatde/';
  const THEME = 'https://daten.example/thema/verkehr';

  const map = (graph: Graph, options: { info?: Graph; resource?: string } = {}) =>
    toDataset(
      {
        contextId: '2',
        entryId: '1',
        resource: options.resource ?? DS,
        graph,
        info: options.info,
      },
      {
        portal: 'test',
        language: 'de',
        resolved: new Map(),
        publisherName: (u) => `Nachgeschlagen: ${u}`,
      },
    );

  it('takes the entry information’s resource over a subject typed dcat:Dataset', () => {
    const other = 'https://daten.example/dataset/anderer';
    const child = {
      contextId: '2',
      entryId: '1',
      info: { [`${base}/2/entry/1`]: { [ES_RESOURCE]: [uri(DS)] } },
      metadata: {
        [other]: { [TYPE]: [uri(`${DCAT}Dataset`)] },
        [DS]: { [TITLE]: [lit('Gemeint')] },
      },
    } as SearchChild;
    expect(readHit(child)?.resource).toBe(DS);
  });

  it('without entry information, takes the first subject with dcat:Dataset among its types', () => {
    const child = {
      contextId: '2',
      entryId: '1',
      metadata: {
        '_:kontakt': { [`${VCARD}fn`]: [lit('Servicestelle')] },
        'https://daten.example/verteilung': { [TYPE]: [uri(`${DCAT}Distribution`)] },
        [DS]: { [TYPE]: [uri(`${DCAT}Resource`), uri(`${DCAT}Dataset`)] },
      },
    } as SearchChild;
    expect(readHit(child)?.resource).toBe(DS);
  });

  it('links only to non-blank URIs, trimmed', () => {
    const links = linksOf({
      contextId: '2',
      entryId: '1',
      resource: DS,
      info: undefined,
      graph: {
        [DS]: {
          [DISTRIBUTION]: [lit('CSV'), uri('  '), uri(' https://daten.example/d.csv ')],
        },
      },
    });
    expect(links).toEqual({ resources: ['https://daten.example/d.csv'], publishers: [] });
  });

  it('trims an agent’s name', () => {
    const graph: Graph = { a: { 'http://xmlns.com/foaf/0.1/name': [lit(' Stadt Chemnitz ')] } };
    expect(agentName(graph, 'a', DE)).toBe('Stadt Chemnitz');
  });

  it('reads byte sizes: zero is a size, negative and infinite ones are none', () => {
    const sizes = ['0', '-5', '1e400', '2048'];
    const dataset = map({
      [DS]: { [DISTRIBUTION]: sizes.map((_, i) => uri(`https://daten.example/d${i}`)) },
      ...Object.fromEntries(
        sizes.map((size, i) => [
          `https://daten.example/d${i}`,
          { [`${DCAT}byteSize`]: [lit(size)], [TITLE]: [lit(`Teil ${i}`)] },
        ]),
      ),
    });
    expect(dataset.distributions.map((d) => d.byteSize)).toStrictEqual([
      0,
      undefined,
      undefined,
      2048,
    ]);
    // No size: no key at all.
    expect(Object.keys(dataset.distributions[1]!)).toEqual(['title']);
  });

  it('contact: trims vcard:fn, strips only a leading mailto:, and is left out when empty', () => {
    const withName = map({
      [DS]: { [CONTACT_POINT]: [lit('siehe Webseite'), uri('https://daten.example/k')] },
      'https://daten.example/k': {
        [`${VCARD}fn`]: [lit(' Servicestelle Geodaten ')],
        [`${VCARD}hasEmail`]: [lit('geo-mailto:daten@stadt.example')],
      },
    });
    expect(withName.contact).toStrictEqual({
      name: 'Servicestelle Geodaten',
      email: 'geo-mailto:daten@stadt.example',
    });
    // Only a telephone number: no name or e-mail to show, so no contact.
    const empty = map({
      [DS]: { [CONTACT_POINT]: [uri('https://daten.example/k')] },
      'https://daten.example/k': { [`${VCARD}hasTelephone`]: [uri('tel:+49351123')] },
    });
    expect('contact' in empty).toBe(false);
  });

  it('publisher: skips a literal before the URI; a blank node is not looked up by name', () => {
    const named = map({
      [DS]: { [`${DCT}publisher`]: [lit('Stadtverwaltung'), uri('https://daten.example/org')] },
    });
    expect(named.publisher).toStrictEqual({
      name: 'Nachgeschlagen: https://daten.example/org',
      uri: 'https://daten.example/org',
    });
    const blank = map({
      [DS]: { [`${DCT}publisher`]: [{ type: 'bnode', value: '_:org' }] },
      '_:org': { [`${VCARD}hasEmail`]: [uri('mailto:a@b.example')] },
    });
    expect('publisher' in blank).toBe(false);
  });

  it('categories: a theme outside the EU vocabulary, labelled from the graph', () => {
    const dataset = map({
      [DS]: {
        [`${DCAT}theme`]: [
          uri('http://publications.europa.eu/resource/authority/data-theme/TRAN'),
          uri(THEME),
        ],
      },
      [THEME]: { 'http://www.w3.org/2004/02/skos/core#prefLabel': [lit('Verkehr', 'de')] },
    });
    expect(dataset.themes).toEqual(['TRAN']);
    expect(dataset.categories).toStrictEqual([{ id: THEME, label: 'Verkehr' }]);
  });

  it('places: spatial before geocoding, the level only for geocoding URIs, literals not looked up', () => {
    const geo = 'http://dcat-ap.de/def/politicalGeocoding/districtKey/14612';
    const place = 'http://sws.geonames.org/2935022/';
    const literalPlace = 'http://sws.geonames.org/2950159/';
    const dataset = map({
      [DS]: {
        [SPATIAL]: [uri(` ${place} `), lit(literalPlace)],
        [`${DCATDE}politicalGeocodingURI`]: [uri(geo)],
        [`${DCATDE}politicalGeocodingLevelURI`]: [
          uri('http://dcat-ap.de/def/politicalGeocoding/Level/municipality'),
        ],
      },
      // A label for the place written as a literal: a literal is a value, not a subject.
      [literalPlace]: { 'http://www.w3.org/2000/01/rdf-schema#label': [lit('Berlin', 'de')] },
    });
    expect(dataset.spatial).toBe(place);
    expect(dataset.regions).toStrictEqual([
      { uri: geo, ags: '14612', level: 'district', label: 'Dresden' },
      { uri: place },
      { uri: literalPlace },
    ]);
    // Only a geocoding URI: that is the spatial value.
    expect(map({ [DS]: { [`${DCATDE}politicalGeocodingURI`]: [uri(geo)] } }).spatial).toBe(geo);
  });

  it('places: a blank value names no place, even when the graph labels the empty subject', () => {
    const dataset = map({
      [DS]: { [SPATIAL]: [{ type: 'bnode', value: '  ' }, lit('Sachsen')] },
      '': { 'http://www.w3.org/2000/01/rdf-schema#label': [lit('Nirgendwo', 'de')] },
    });
    expect(dataset.regions).toStrictEqual([{ label: 'Sachsen' }]);
  });

  it('time: a literal period is not read as a subject', () => {
    const period = 'https://daten.example/zeitraum/2024';
    const dataset = map({
      [DS]: { [`${DCT}temporal`]: [lit(period)] },
      [period]: { [`${DCAT}startDate`]: [lit('2024-01-01')] },
    });
    expect('temporal' in dataset).toBe(false);
  });

  it('modified: the first date of any subject of the entry information; a blank node has no uri', () => {
    const dataset = map(
      { '_:ds': { [TITLE]: [lit('Ohne URI')] } },
      {
        resource: '_:ds',
        info: {
          [`${base}/2/entry/1`]: { [ES_RESOURCE]: [{ type: 'bnode', value: '_:ds' }] },
          [`${base}/2/entry/1/meta`]: { [`${DCT}modified`]: [lit('2024-05-06T07:08:09Z')] },
        },
      },
    );
    expect([dataset.id, dataset.title, dataset.modified, 'uri' in dataset]).toEqual([
      '2/1',
      'Ohne URI',
      '2024-05-06T09:08:09+02:00',
      false,
    ]);
  });
});
