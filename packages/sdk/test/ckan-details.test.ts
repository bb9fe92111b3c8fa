import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  createOpenDataClient,
  HttpError,
  PortalError,
  ResponseValidationError,
  ServerError,
  type OpenDataClient,
} from '../src/index.js';

/**
 * The CKAN adapter's details a user sees only with unusual answers: CKAN's error bodies, extras of
 * odd shapes, licence ids, the `fq` a query becomes, facets that arrive unsorted. A tiny portal on
 * 127.0.0.1 answers each action with what a test sets, so the SDK reads it over real HTTP.
 */
interface Reply {
  status?: number;
  body: string;
  contentType?: string;
}

let server: Server;
let baseUrl: string;
let replies: Record<string, Reply> = {};
const requests: URL[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const action = /\/api\/3\/action\/([a-z_]+)$/.exec(url.pathname)?.[1] ?? '';
    const reply = replies[action] ?? { status: 404, body: '{"success":false}' };
    response.writeHead(reply.status ?? 200, {
      'content-type': reply.contentType ?? 'application/json; charset=utf-8',
    });
    response.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  replies = {};
  requests.length = 0;
});

/** CKAN's envelope around a result, as the Action API sends it. */
const ok = (result: unknown): Reply => ({
  body: JSON.stringify({ help: `${baseUrl}/api/3/action/help_show`, success: true, result }),
});
/** CKAN's error envelope with the status the Action API gives it. */
const failure = (status: number, error: unknown): Reply => ({
  status,
  body: JSON.stringify({ help: `${baseUrl}/api/3/action/help_show`, success: false, error }),
});
const emptySearch = () => ok({ count: 0, results: [], search_facets: {} });

const client = () => createOpenDataClient({ type: 'ckan', baseUrl, id: 'test', retry: 0 });

/** The package_show of one minimal package with the given fields. */
async function show(fields: Record<string, unknown>) {
  replies.package_show = ok({ id: 'p1', name: 'p1', title: 'Radwege', ...fields });
  return client().dataset('p1');
}

/** The `fq` the search sent to the portal for `query`. */
async function filterOf(query: Parameters<OpenDataClient['search']>[0]) {
  replies.package_search = emptySearch();
  await client().search(query);
  expect(requests).toHaveLength(1);
  return requests[0]!.searchParams.get('fq');
}

describe('the portal of a client', () => {
  it('drops every trailing slash of the base URL and keeps the title', () => {
    const leipzig = createOpenDataClient({
      type: 'ckan',
      baseUrl: `${baseUrl}//`,
      title: 'Open Data Leipzig',
    });
    expect(leipzig.portal).toEqual({
      type: 'ckan',
      baseUrl,
      id: baseUrl.slice('http://'.length),
      title: 'Open Data Leipzig',
    });
    expect(leipzig.datasetApiUrl({ id: 'p1' } as never)).toBe(
      `${baseUrl}/api/3/action/package_show?id=p1`,
    );
  });

  it('has no API record or representations for a dataset without an id', () => {
    const dataset = { id: '', portal: 'test', title: 'Ohne Kennung' } as never;
    expect(client().datasetApiUrl(dataset)).toBeUndefined();
    expect(client().representations(dataset)).toEqual([]);
  });

  it('request() checks the answer with a schema only when given one', async () => {
    replies.package_show = ok({ id: 'p1', name: 'radwege' });
    const query = { query: { id: 'p1' } };
    expect(await client().request('/api/3/action/package_show', query)).toEqual({
      id: 'p1',
      name: 'radwege',
    });
    const wrong = z.object({ id: z.number() });
    await expect(
      client().request('/api/3/action/package_show', query, { schema: wrong }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('names the unknown type and the known ones', () => {
    expect(() => createOpenDataClient({ type: 'socrata', baseUrl } as never)).toThrow(
      new TypeError('Unknown portal type "socrata": expected "ckan" or "entrystore"'),
    );
  });
});

describe("CKAN's error answers", () => {
  it('a 409 Validation Error: field errors, the message listing them, status and body', async () => {
    // Field errors come as lists of strings, as one string, or (for resources) as objects.
    replies.package_show = failure(409, {
      __type: 'Validation Error',
      name: ['Missing value', 'Must be at least 2 characters long'],
      owner_org: 'Organization does not exist',
      resources: [{}, { url: ['Missing value'] }],
    });
    const error = await client()
      .dataset('p1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    const url = `${baseUrl}/api/3/action/package_show?id=p1`;
    expect(error).toMatchObject({
      code: 'portal_error',
      portalType: 'Validation Error',
      status: 409,
      url,
      body: replies.package_show.body,
      message:
        'Das Portal meldet einen Fehler: Validation Error – name: Missing value, Must be at least 2 characters long; ' +
        `owner_org: Organization does not exist; resources: {}, {"url":["Missing value"]} (${url}).`,
    });
    expect((error as PortalError).fieldErrors).toEqual({
      name: ['Missing value', 'Must be at least 2 characters long'],
      owner_org: ['Organization does not exist'],
      resources: ['{}', '{"url":["Missing value"]}'],
    });
    expect((error as PortalError).cause).toBeInstanceOf(HttpError);
  });

  it('a 409 Search Query Error: its message is the detail, and no field error', async () => {
    replies.package_search = failure(409, {
      __type: 'Search Query Error',
      message: 'Search Query is invalid: "Invalid search query: AND"',
    });
    const error = (await client()
      .search({ text: 'AND' })
      .catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.portalType).toBe('Search Query Error');
    expect(error.fieldErrors).toEqual({});
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      'Das Portal meldet einen Fehler: Search Query Error – Search Query is invalid: ' +
        `"Invalid search query: AND" (${requests[0]!.href.replace('http://127.0.0.1', baseUrl)}).`,
    );
  });

  it('an error without a type is a "CKAN error"', async () => {
    replies.package_show = failure(403, { message: 'Access denied' });
    const error = (await client()
      .dataset('p1')
      .catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.portalType).toBe('CKAN error');
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      `Das Portal meldet einen Fehler: CKAN error – Access denied (${baseUrl}/api/3/action/package_show?id=p1).`,
    );
  });

  it('success:false with status 200 keeps the whole answer as the body, without a status', async () => {
    replies.package_show = {
      body: JSON.stringify({ success: false, error: { __type: 'Not Authorized' } }),
    };
    const error = (await client()
      .dataset('p1')
      .catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    expect(error.status).toBeUndefined();
    expect(error.body).toBe('{"success":false,"error":{"__type":"Not Authorized"}}');
    expect(error.fieldErrors).toEqual({});
    expect(error.message).toBe(
      `Das Portal meldet einen Fehler: Not Authorized (${baseUrl}/api/3/action/package_show?id=p1).`,
    );
  });

  it("a 400 whose body is CKAN's bare “Bad request” string, sent as JSON as CKAN does, is a PortalError", async () => {
    // the transport hands the JSON string on decoded, without its quotes
    replies.package_search = {
      status: 400,
      body: '"Bad request - Action name not known: package_search"',
      contentType: 'application/json;charset=utf-8',
    };
    const error = (await client()
      .search()
      .catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    const url = requests[0]!.href.replace('http://127.0.0.1', baseUrl);
    expect(error).toMatchObject({
      portalType: 'Bad request',
      status: 400,
      message: `Das Portal meldet einen Fehler: Bad request – Bad request - Action name not known: package_search (${url}).`,
    });
  });

  it("a 400 with a JSON string that is not CKAN's stays an HTTP error", async () => {
    replies.package_search = {
      status: 400,
      body: '"Ungültige Anfrage"',
      contentType: 'application/json',
    };
    const error = await client()
      .search()
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PortalError);
    expect(error).toBeInstanceOf(HttpError);
  });

  it('a 400 whose body is a bare JSON string sent as text is a PortalError too', async () => {
    replies.package_search = {
      status: 400,
      body: '"Bad request - Action name not known: package_search"',
      contentType: 'text/plain; charset=utf-8',
    };
    const error = (await client()
      .search()
      .catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(PortalError);
    const url = requests[0]!.href.replace('http://127.0.0.1', baseUrl);
    expect(error).toMatchObject({
      code: 'portal_error',
      portalType: 'Bad request',
      status: 400,
      url,
      body: '"Bad request - Action name not known: package_search"',
      fieldErrors: {},
      message: `Das Portal meldet einen Fehler: Bad request – Bad request - Action name not known: package_search (${url}).`,
    });
    expect(error.cause).toBeInstanceOf(HttpError);
  });
});

describe('extras of odd shapes', () => {
  const organization = { name: 'leipzig', title: 'Stadt Leipzig' };

  it('a value that is no text, or only white space, counts as absent', async () => {
    const dataset = await show({
      organization,
      issued: '2021-03-04',
      metadata_created: '2019-01-01T10:00:00',
      extras: [
        { key: 'publisher_name', value: null },
        { key: 'issued', value: '   ' },
      ],
    });
    expect(dataset.publisher).toEqual({ name: 'Stadt Leipzig' });
    expect(dataset.issued).toBe('2021-03-04');
  });

  it('a list, or a JSON list in text, keeps its strings only', async () => {
    const listed = await show({
      organization,
      extras: [{ key: 'publisher_name', value: [7, 'Amt für Statistik und Wahlen'] }],
    });
    expect(listed.publisher).toEqual({ name: 'Amt für Statistik und Wahlen' });
    const inText = await show({
      organization,
      extras: [{ key: 'publisher_name', value: '[7, "Amt für Statistik und Wahlen"]' }],
    });
    expect(inText.publisher).toEqual({ name: 'Amt für Statistik und Wahlen' });
  });

  it('a JSON list after white space is still a list', async () => {
    const dataset = await show({
      extras: [
        {
          key: 'theme',
          value: ' ["http://publications.europa.eu/resource/authority/data-theme/TRAN"]',
        },
      ],
    });
    expect(dataset.themes).toEqual(['TRAN']);
  });

  it('a maintainer that looks like JSON but is none stays the text', async () => {
    const dataset = await show({ maintainer: '[Verkehrs- und Tiefbauamt]' });
    expect(dataset.contact).toEqual({ name: '[Verkehrs- und Tiefbauamt]' });
  });
});

describe('licences', () => {
  it('trims the id and the attribution', async () => {
    const dataset = await show({
      license_id: ' cc-by-4.0 ',
      license_title: 'Creative Commons Namensnennung 4.0',
      extras: [
        { key: 'licenseAttributionByText', value: '  Stadt Leipzig, Verkehrs- und Tiefbauamt ' },
      ],
    });
    expect(dataset.license).toEqual({
      id: 'cc-by-4.0',
      title: 'Creative Commons Namensnennung 4.0',
      attribution: 'Stadt Leipzig, Verkehrs- und Tiefbauamt',
    });
  });

  it('an id is a URI only when it starts with http(s)://', async () => {
    const dataset = await show({
      license_id: 'other (https://example.org/lizenz)',
      license_title: 'Eigene Lizenz',
    });
    expect(dataset.license).toEqual({
      id: 'other (https://example.org/lizenz)',
      title: 'Eigene Lizenz',
    });
  });
});

describe('the parameters a search sends', () => {
  it('by default: every facet, 20 rows from the start, 20 facet values, by relevance', async () => {
    replies.package_search = emptySearch();
    await client().search();
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({
      sort: 'score desc, metadata_modified desc',
      rows: '20',
      start: '0',
      'facet.field':
        '["organization","groups","res_format","license_id","tags","politicalGeocodingURI"]',
      'facet.limit': '20',
    });
  });

  it('clamps the page to 100 rows, floors the offset and asks only for the facets named', async () => {
    replies.package_search = emptySearch();
    await client().search({ limit: 250, offset: 7.9, facetLimit: 5, facets: ['license'] });
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({
      sort: 'score desc, metadata_modified desc',
      rows: '100',
      start: '7',
      'facet.field': '["license_id"]',
      'facet.limit': '5',
    });
  });

  it('reads a page size or offset that is no whole number in range as the nearest one', async () => {
    const sent = async (limit: number, offset: number) => {
      replies.package_search = emptySearch();
      requests.length = 0;
      const page = await client().search({ limit, offset, facets: [] });
      const params = requests[0]!.searchParams;
      expect([page.limit, page.offset]).toEqual([
        Number(params.get('rows')),
        Number(params.get('start')),
      ]);
      return [params.get('rows'), params.get('start')];
    };
    expect(await sent(0, -5)).toEqual(['1', '0']);
    expect(await sent(3.7, 40)).toEqual(['3', '40']);
    expect(await sent(Number.NaN, Number.NaN)).toEqual(['20', '0']);
    expect(await sent(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toEqual(['20', '0']);
  });

  it('searchAll asks for pages of 100 without facets', async () => {
    replies.package_search = emptySearch();
    const ids = [];
    for await (const dataset of client().searchAll({ text: 'Radverkehr', offset: 10 })) {
      ids.push(dataset.id);
    }
    expect(ids).toEqual([]);
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({
      q: 'Radverkehr',
      sort: 'score desc, metadata_modified desc',
      rows: '100',
      start: '10',
      'facet.field': '[]',
      'facet.limit': '20',
    });
  });
});

describe('the filter query a search sends', () => {
  it('leaves empty values out and escapes quotes inside a quoted value', async () => {
    expect(await filterOf({ keyword: ['', 'Straße "B 87"'] })).toBe('tags:("Straße \\"B 87\\"")');
    requests.length = 0;
    expect(await filterOf({ keyword: [''] })).toBeNull();
  });

  it('keeps a group that is no EU theme as it is', async () => {
    expect(await filterOf({ theme: ['radwege'] })).toBe('groups:("radwege")');
  });

  it('trims regions and skips empty ones', async () => {
    expect(await filterOf({ region: ['', ' 14713 ', '14713'] })).toBe(
      'extras_politicalGeocodingURI:(14713*)',
    );
  });

  it('refuses a region that is no AGS, naming it, before asking the portal', async () => {
    replies.package_search = emptySearch();
    await expect(client().search({ region: ['1471'] })).rejects.toThrow(
      new TypeError('Not an AGS (2, 5 or 8 digits): "1471"'),
    );
    expect(requests).toEqual([]);
  });

  it('a temporal range with an end only asks for coverage starting before it', async () => {
    expect(await filterOf({ temporal: { to: '2020-12-31' } })).toBe(
      'temporal_start:[* TO "2021-01-01"}',
    );
  });

  it('the feed of a filter without text puts the filter alone into q', () => {
    const feed = new URL(client().feedUrl({ keyword: ['Radverkehr'] })!);
    expect(feed.searchParams.get('q')).toBe('(tags:("Radverkehr"))');
  });
});

describe('facets', () => {
  const search = (facets: Record<string, { name: string; count: number }[]>) => {
    replies.package_search = ok({
      count: 9,
      results: [],
      search_facets: Object.fromEntries(
        Object.entries(facets).map(([field, items]) => [field, { title: field, items }]),
      ),
    });
    return client().search({ facets: ['license', 'keyword', 'region'] });
  };

  it('sorts merged entries by count, then by label', async () => {
    const page = await search({
      license_id: [
        { name: 'cc-by-4.0', count: 2 },
        { name: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0', count: 3 },
        { name: 'http://dcat-ap.de/def/licenses/dl-by-de/2_0', count: 4 },
      ],
      tags: [
        { name: 'Verkehr', count: 2 },
        { name: 'Ampel', count: 2 },
      ],
    });
    expect(page.facets.license.map((f) => [f.value, f.count])).toEqual([
      ['http://dcat-ap.de/def/licenses/dl-by-de/2.0', 7],
      ['cc-by-4.0', 2],
    ]);
    expect(page.facets.keyword).toEqual([
      { value: 'Ampel', label: 'Ampel', count: 2 },
      { value: 'Verkehr', label: 'Verkehr', count: 2 },
    ]);
  });

  it('labels entries by the vocabulary, the portal’s display name or the value itself', async () => {
    replies.package_search = ok({
      count: 9,
      results: [],
      search_facets: {
        organization: {
          items: [
            { name: 'stadt-leipzig', display_name: 'Stadt Leipzig', count: 4 },
            { name: 'lvb', display_name: null, count: 3 },
            // Solr counts datasets without an organization under an empty name.
            { name: '', display_name: '', count: 2 },
          ],
        },
        groups: {
          items: [
            { name: 'geo', display_name: 'Geodaten', count: 5 },
            { name: 'transport_verkehr', display_name: 'Transport und Verkehr', count: 3 },
            { name: 'umwelt', display_name: 'Umwelt', count: 2 },
          ],
        },
        res_format: {
          items: [
            { name: 'csv', count: 3 },
            { name: 'Fahrplandaten', count: 2 },
            { name: 'CSV', count: 1 },
          ],
        },
        license_id: {
          items: [
            { name: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0', display_name: 'DL', count: 3 },
            { name: 'cc-by-4.0', display_name: 'CC BY 4.0', count: 2 },
            { name: 'eigene-lizenz', count: 1 },
          ],
        },
      },
    });
    const page = await client().search();
    expect(page.facets).toEqual({
      publisher: [
        { value: 'stadt-leipzig', label: 'Stadt Leipzig', count: 4 },
        { value: 'lvb', label: 'lvb', count: 3 },
      ],
      theme: [
        { value: 'TRAN', label: 'Verkehr', count: 3 },
        { value: 'ENVI', label: 'Umwelt', count: 2 },
      ],
      category: [{ value: 'geo', label: 'Geodaten', count: 5 }],
      format: [
        { value: 'CSV', label: 'CSV', count: 4 },
        { value: 'Fahrplandaten', label: 'Fahrplandaten', count: 2 },
      ],
      license: [
        {
          value: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
          label: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
          count: 3,
        },
        { value: 'cc-by-4.0', label: 'CC BY 4.0', count: 2 },
        { value: 'eigene-lizenz', label: 'eigene-lizenz', count: 1 },
      ],
      keyword: [],
      region: [],
    });
  });

  it('keeps a keyword exactly as indexed, so that filtering by it matches', async () => {
    const page = await search({ tags: [{ name: 'Rad verkehr ', count: 2 }] });
    expect(page.facets.keyword).toEqual([
      { value: 'Rad verkehr ', label: 'Rad verkehr ', count: 2 },
    ]);
    requests.length = 0;
    expect(await filterOf({ keyword: [page.facets.keyword[0]!.value] })).toBe(
      'tags:("Rad verkehr ")',
    );
  });

  it('rolls Gemeinden up into their Kreis and counts each Kreis once per dataset', async () => {
    const key = (kind: string, ags: string) =>
      `http://dcat-ap.de/def/politicalGeocoding/${kind}/${ags}`;
    const page = await search({
      politicalGeocodingURI: [
        // In no particular order: the facet sorts the added-up counts itself.
        { name: JSON.stringify([key('stateKey', '14')]), count: 2 },
        // Some harvesters separate several URIs by white space instead of writing a JSON list.
        {
          name: `${key('municipalityKey', '14713000')} ${key('districtKey', '14713')}\n${key('districtKey', '14612')}`,
          count: 2,
        },
        { name: JSON.stringify([key('districtKey', '14713')]), count: 5 },
      ],
    });
    expect(page.facets.region).toEqual([
      { value: '14713', label: 'Leipzig', count: 7 },
      { value: '14612', label: 'Dresden', count: 2 },
      { value: '14', label: 'Sachsen', count: 2 },
    ]);
  });

  it('counts only places with an AGS in the region facet', async () => {
    const page = await search({
      politicalGeocodingURI: [
        { name: '["https://sws.geonames.org/2879139/"]', count: 3 },
        { name: '["http://dcat-ap.de/def/politicalGeocoding/districtKey/14713"]', count: 5 },
      ],
    });
    expect(page.facets.region).toEqual([{ value: '14713', label: 'Leipzig', count: 5 }]);
  });
});

describe('answers the client does not check', () => {
  it('hands schema deviations to onValidationWarning and builds the dataset all the same', async () => {
    const warnings: [string, unknown][] = [];
    const lenient = createOpenDataClient({
      type: 'ckan',
      baseUrl,
      retry: 0,
      validate: 'warn',
      onValidationWarning: (text, issues) => warnings.push([text, issues]),
    });
    replies.package_show = ok({ id: 'p1', name: 'radwege', title: 'Radwege', author: 42 });
    const dataset = await lenient.dataset('p1');
    expect(dataset.title).toBe('Radwege');
    expect(warnings).toEqual([
      [
        `Die Antwort entspricht nicht dem erwarteten Format: 1 Abweichung(en) (${baseUrl}/api/3/action/package_show?id=p1).`,
        [{ path: ['author'], message: expect.any(String) }],
      ],
    ]);
  });

  it('a dataset that cannot be read is a ResponseValidationError carrying the answer', async () => {
    const unchecked = createOpenDataClient({ type: 'ckan', baseUrl, retry: 0, validate: 'off' });
    replies.package_show = ok({ id: 'p1', name: 'radwege', resources: 'keine' });
    const error = (await unchecked
      .dataset('p1')
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toBe(
      `Die Antwort entspricht nicht dem erwarteten Format und lässt sich nicht verarbeiten (${baseUrl}/api/3/action/package_show?id=p1).`,
    );
    expect(error.body).toBe('{"id":"p1","name":"radwege","resources":"keine"}');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('a search page that cannot be read is a ResponseValidationError carrying the answer', async () => {
    const unchecked = createOpenDataClient({ type: 'ckan', baseUrl, retry: 0, validate: 'off' });
    replies.package_search = ok({
      count: 1,
      results: [{ id: 'p1', name: 'radwege', resources: 7 }],
    });
    const error = (await unchecked
      .search({ facets: [] })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.body).toBe('{"count":1,"results":[{"id":"p1","name":"radwege","resources":7}]}');
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('HTTP errors that are no CKAN error', () => {
  const statusOf = async (reply: Reply) => {
    replies.package_show = reply;
    return client()
      .dataset('p1')
      .catch((e: unknown) => e);
  };

  it('a 500 keeps its class even with CKAN’s envelope: “try later” tells more', async () => {
    const error = await statusOf(failure(500, { __type: 'Internal Error', message: 'Solr down' }));
    expect(error).toBeInstanceOf(ServerError);
    expect(error).not.toBeInstanceOf(PortalError);
    expect((error as ServerError).status).toBe(500);
  });

  it('a 400 whose JSON is no failed envelope stays an HTTP error', async () => {
    for (const body of ['null', '5', '{"success":true,"result":{}}', '{"error":{"message":"x"}}']) {
      const error = await statusOf({ status: 400, body });
      expect(error, body).toBeInstanceOf(HttpError);
      expect(error, body).not.toBeInstanceOf(PortalError);
      expect((error as HttpError).status, body).toBe(400);
    }
  });
});

describe('the text a search sends', () => {
  const textOf = async (text: string) => {
    replies.package_search = emptySearch();
    requests.length = 0;
    await client().search({ text, facets: [] });
    return requests[0]!.searchParams.get('q');
  };

  it('trims plain words and keeps them plain; escapes the query syntax anywhere in it', async () => {
    expect(await textOf('  Radverkehr 2024  ')).toBe('Radverkehr 2024');
    expect(await textOf('Fahrrad: Leipzig')).toBe('Fahrrad\\: Leipzig');
    expect(await textOf('Leipzig:')).toBe('Leipzig\\:');
    expect(await textOf('A-Z')).toBe('A\\-Z');
    expect(await textOf('*:*')).toBe('\\*\\:\\*');
    expect(await textOf('(Radweg) && !Auto')).toBe('\\(Radweg\\) \\&\\& \\!Auto');
  });

  it('the feed of text with a filter searches the trimmed, escaped text in its own clause', () => {
    const feed = new URL(client().feedUrl({ text: ' Rad/Weg ', keyword: ['Ampel'] })!);
    expect(feed.searchParams.get('q')).toBe('text:(Rad\\/Weg) AND (tags:("Ampel"))');
    expect(feed.searchParams.get('sort')).toBe('metadata_modified desc');
  });
});

describe('fields the schema refuses', () => {
  const refused = async (fields: Record<string, unknown>) => {
    replies.package_show = ok({ id: 'p1', name: 'p1', ...fields });
    return client()
      .dataset('p1')
      .catch((e: unknown) => e);
  };

  it('keywords or a publisher that are a number, and a size that is no number or text', async () => {
    expect(await refused({ keywords: 5 })).toBeInstanceOf(ResponseValidationError);
    expect(await refused({ keywords: '' })).toBeInstanceOf(ResponseValidationError);
    expect(await refused({ publisher: 5 })).toBeInstanceOf(ResponseValidationError);
    expect(
      await refused({ resources: [{ url: 'https://example.org/a.csv', size: true }] }),
    ).toBeInstanceOf(ResponseValidationError);
  });

  it('takes a size as a number or as text', async () => {
    const dataset = await show({
      resources: [
        { url: 'https://example.org/a.csv', size: 2048 },
        { url: 'https://example.org/b.csv', size: '4096' },
      ],
    });
    expect(dataset.distributions.map((d) => d.byteSize)).toEqual([2048, 4096]);
  });
});

describe('a package read field by field', () => {
  const geo = (kind: string, ags: string) =>
    `http://dcat-ap.de/def/politicalGeocoding/${kind}/${ags}`;

  it('a licence URI the vocabulary knows takes its title over the portal’s', async () => {
    const dataset = await show({
      license_id: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      license_title: 'DL-DE BY 2.0',
    });
    expect(dataset.license).toEqual({
      uri: 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      title: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    });
  });

  it('a resource: url is the download when it differs from access_url; title trimmed; no size, no byteSize', async () => {
    const dataset = await show({
      resources: [
        {
          url: 'https://example.org/radwege.csv',
          access_url: 'https://example.org/radwege',
          title: ' Radwege 2024 ',
        },
      ],
    });
    expect(dataset.distributions).toStrictEqual([
      {
        title: 'Radwege 2024',
        accessUrl: 'https://example.org/radwege',
        downloadUrl: 'https://example.org/radwege.csv',
      },
    ]);
  });

  it('decodes JSON text only when it starts (after white space) with { or [', async () => {
    const decoded = await show({ maintainer: ' {"given_name": "Anna", "name": "Weber"}' });
    expect(decoded.contact).toEqual({ name: 'Anna Weber' });
    const quoted = await show({ maintainer: '"Tiefbauamt [TBA]"' });
    expect(quoted.contact).toEqual({ name: '"Tiefbauamt [TBA]"' });
    const numbered = await show({ maintainer: '{"given_name": 5, "name": "Weber"}' });
    expect(numbered.contact).toEqual({ name: 'Weber' });
  });

  it('geocoding URIs separated by runs of white space keep their labels', async () => {
    const dataset = await show({
      extras: [
        {
          key: 'politicalGeocodingURI',
          value: ` ${geo('districtKey', '14713')}  ${geo('districtKey', '14612')}`,
        },
        { key: 'geocodingText', value: '["Kreis L", "Stadt D"]' },
      ],
    });
    expect(dataset.regions).toEqual([
      { uri: geo('districtKey', '14713'), ags: '14713', level: 'district', label: 'Kreis L' },
      { uri: geo('districtKey', '14612'), ags: '14612', level: 'district', label: 'Stadt D' },
    ]);
  });

  it('a spatial extra is a place only when it is one URI; spatial_text labels it', async () => {
    const dataset = await show({
      extras: [
        { key: 'spatial', value: ' https://sws.geonames.org/2879139/ ' },
        { key: 'spatial_text', value: 'Leipzig' },
      ],
    });
    expect(dataset.regions).toEqual([
      { uri: 'https://sws.geonames.org/2879139/', label: 'Leipzig' },
    ]);
    for (const value of [
      'Leipzig https://sws.geonames.org/1/',
      'https://sws.geonames.org/1/ Leipzig',
    ]) {
      const other = await show({ extras: [{ key: 'spatial', value }] });
      expect(other.regions, value).toBeUndefined();
    }
  });

  it('a naive midnight of temporal coverage is its date, with or without seconds', async () => {
    const coverage = async (start: string) =>
      (await show({ extras: [{ key: 'temporal_start', value: start }] })).temporal;
    expect(await coverage('2020-01-01T00:00')).toEqual({ start: '2020-01-01' });
    expect(await coverage('2020-01-01T00:00:00.000')).toEqual({ start: '2020-01-01' });
    // An offset makes it an instant, shown in Berlin time.
    expect(await coverage('2020-01-01T00:00:00+02:00')).toEqual({
      start: '2019-12-31T23:00:00+01:00',
    });
  });

  it('a group is labelled by its display name, else its title', async () => {
    const dataset = await show({
      groups: [
        { name: 'radwege', display_name: 'Radwege und Fußwege', title: 'Radwege' },
        { name: 'ampeln', title: 'Ampeln' },
      ],
    });
    expect(dataset.categories).toEqual([
      { id: 'radwege', label: 'Radwege und Fußwege' },
      { id: 'ampeln', label: 'Ampeln' },
    ]);
  });

  it('a publisher given as plain text wins over the organization', async () => {
    const dataset = await show({
      publisher: 'Amt für Umweltschutz',
      organization: { name: 'leipzig', title: 'Stadt Leipzig' },
    });
    expect(dataset.publisher).toEqual({ name: 'Amt für Umweltschutz' });
  });

  it('reads contact, identifiers and the place from DCAT-AP.de extras', async () => {
    const dataset = await show({
      extras: [
        { key: 'contact_name', value: 'Anna Weber' },
        { key: 'contact_email', value: 'anna.weber@example.org' },
        { key: 'guid', value: 'https://example.org/id/radwege' },
        { key: 'landingPage', value: 'https://example.org/radwege' },
        { key: 'politicalGeocodingURI', value: geo('districtKey', '14713') },
        { key: 'spatial_uri', value: 'https://sws.geonames.org/2879139/' },
      ],
    });
    expect(dataset).toMatchObject({
      contact: { name: 'Anna Weber', email: 'anna.weber@example.org' },
      uri: 'https://example.org/id/radwege',
      landingPage: 'https://example.org/radwege',
      spatial: geo('districtKey', '14713'),
    });
    const spatialOnly = await show({
      extras: [{ key: 'spatial_uri', value: 'https://sws.geonames.org/2879139/' }],
    });
    expect(spatialOnly.spatial).toBe('https://sws.geonames.org/2879139/');
  });
});
