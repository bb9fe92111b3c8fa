import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeDirectoryContract } from '../../../scripts/test/directory/contract-suite.js';
import {
  expectConforms as expectConformsVia,
  openApiBackend as backend,
  type Backend,
} from '../../../scripts/test/directory/openapi.js';
import { targetOver } from '../../../scripts/test/directory/target.js';
import { demoApi, json } from './helpers.js';

/**
 * Contract test: every documented operation of the three specs is called on the demo API (happy
 * paths, filters, paging edges, errors) and each response is validated against its spec by
 * openapi-backend (the directory part is shared with the directory server: scripts/test/directory/). Its own spec check and Ajv follow OpenAPI 3.0 / draft-07, so the 3.1 specs are
 * dereferenced first and validated with Ajv's JSON Schema 2020-12 build.
 */

const demo = demoApi();

const expectConforms = (api: Backend, path: string, expectedStatus: number) =>
  expectConformsVia(api, (p) => demo.get(p), path, expectedStatus);

describeDirectoryContract('demo API', async () =>
  targetOver((url, init) => demo.app.request(url, init), 'http://127.0.0.1'),
);

describe('contract: ckan-action.yaml', () => {
  let api: Backend;
  beforeAll(async () => {
    api = await backend('ckan-action.yaml', '/ckan');
  });

  it.each([
    [
      `/ckan/api/3/action/package_search?q=Schule&facet.field=${json(['organization', 'res_format'])}`,
      200,
    ],
    [
      `/ckan/api/3/action/package_search?fq=${encodeURIComponent('groups:tran +res_format:CSV')}&rows=1000&sort=title_string%20asc&facet.field=${json(['groups', 'license_id', 'tags'])}&facet.limit=5`,
      200,
    ],
    ['/ckan/api/3/action/package_search?start=100000', 200],
    ['/ckan/api/3/action/package_search?rows=-1', 409],
    [`/ckan/api/3/action/package_search?q=${encodeURIComponent('title:(x')}`, 400],
    ['/ckan/api/3/action/package_show?id=verkehrszaehlung-blaues-wunder-2024', 200],
    ['/ckan/api/3/action/package_show?id=nope', 404],
    ['/ckan/api/3/action/package_list', 200],
    ['/ckan/api/3/action/package_list?limit=2&offset=1', 200],
    ['/ckan/api/3/action/organization_list', 200],
    ['/ckan/api/3/action/organization_list?all_fields=true&limit=2&offset=1', 200],
    ['/ckan/api/3/action/organization_show?id=stadt-leipzig', 200],
    ['/ckan/api/3/action/organization_show?id=nope', 404],
    ['/ckan/api/3/action/group_list', 200],
    ['/ckan/api/3/action/group_list?all_fields=true', 200],
    ['/ckan/api/3/action/license_list', 200],
    ['/ckan/api/3/action/tag_list', 200],
    ['/ckan/api/3/action/tag_list?query=verkehr', 200],
    ['/ckan/api/3/action/status_show', 200],
  ] as [string, number][])('GET %s → %i conforms', async (path, status) => {
    await expectConforms(api, path, status);
  });

  it('validates a real GovData recording and an emulated answer with the same schema', async () => {
    const sample = JSON.parse(
      readFileSync(
        new URL('../../sdk/test/fixtures/ckan/govdata-package_show.json', import.meta.url),
        'utf8',
      ),
    );
    const real = api.validateResponse(sample, 'packageShow', 200);
    expect(real.errors ?? []).toEqual([]);
    const { body } = await demo.get(
      '/ckan/api/3/action/package_show?id=verkehrszaehlung-blaues-wunder-2024',
    );
    expect(api.validateResponse(body, 'packageShow', 200).errors ?? []).toEqual([]);
    const licences = JSON.parse(
      readFileSync(
        new URL('../../sdk/test/fixtures/ckan/govdata-license_list.json', import.meta.url),
        'utf8',
      ),
    );
    expect(api.validateResponse(licences, 'licenseList', 200).errors ?? []).toEqual([]);
  });

  it('rejects what a CKAN response is not (the validator can fail)', () => {
    const broken = { help: 'x', success: true, result: { id: 42 } };
    expect(api.validateResponse(broken, 'packageShow', 200).errors?.length).toBeGreaterThan(0);
  });
});

describe('contract: entrystore-search.yaml', () => {
  let api: Backend;
  beforeAll(async () => {
    api = await backend('entrystore-search.yaml', '/entrystore/store');
  });

  const dataset = encodeURIComponent('rdfType:http\\://www.w3.org/ns/dcat#Dataset');
  it.each([
    [
      `/entrystore/store/search?type=solr&query=public:true+AND+${dataset}&limit=20&facetFields=metadata.predicate.uri.9259d4c1,metadata.predicate.literal_s.b5d28d0a`,
      200,
    ],
    [
      `/entrystore/store/search?type=solr&query=public:true+AND+${dataset}&limit=0&facetFields=metadata.predicate.uri.0ce6b231`,
      200,
    ],
    [
      `/entrystore/store/search?type=solr&query=public:true+AND+${dataset}&sort=title.de+asc,title.nolang+asc&offset=10`,
      200,
    ],
    ['/entrystore/store/search?type=solr&query=ab', 400],
    ['/entrystore/store/search?query=public:true', 400],
    ['/entrystore/store/search?type=solr&query=publisher:x', 400],
  ] as [string, number][])('GET %s → %i conforms', async (path, status) => {
    await expectConforms(api, path, status);
  });

  it('covers the entry and metadata reads', async () => {
    const search = await demo.get<any>(
      `/entrystore/store/search?type=solr&query=public:true+AND+${dataset}&limit=1`,
    );
    const child = search.body.resource.children[0];
    await expectConforms(
      api,
      `/entrystore/store/${child.contextId}/metadata/${child.entryId}?format=application/json`,
      200,
    );
    await expectConforms(
      api,
      `/entrystore/store/${child.contextId}/entry/${child.entryId}?format=application/json`,
      200,
    );
    await expectConforms(
      api,
      `/entrystore/store/${child.contextId}/entry/999999?format=application/json`,
      404,
    );
  });
});
