import { describe, expect, it } from 'vitest';
import { demoApi, json } from './helpers.js';

const api = demoApi();
const action = (name: string, query = '') =>
  api.get<any>(`/ckan/api/3/action/${name}${query ? `?${query}` : ''}`);

describe('CKAN emulation: package_search', () => {
  it('finds schools with organization and format facets (CKAN search_facets shape)', async () => {
    const { status, body } = await action(
      'package_search',
      `q=Schule&facet.field=${json(['organization', 'res_format'])}`,
    );
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.help).toMatch(/help_show\?name=package_search$/);
    const result = body.result;
    expect(result.count).toBeGreaterThan(0);
    expect(result.results).toHaveLength(Math.min(10, result.count));
    expect(result.sort).toBe('score desc, metadata_modified desc');
    const orgs = result.search_facets.organization;
    expect(orgs.title).toBe('organization');
    expect(orgs.items.length).toBeGreaterThan(0);
    expect(orgs.items[0]).toEqual({
      name: expect.any(String),
      display_name: expect.any(String),
      count: expect.any(Number),
    });
    const counted = orgs.items.reduce(
      (sum: number, item: { count: number }) => sum + item.count,
      0,
    );
    expect(counted).toBe(result.count); // one organization per dataset
    expect(result.facets.res_format).toBeTypeOf('object');
    for (const pkg of result.results) {
      const text =
        `${pkg.title} ${pkg.notes} ${pkg.tags.map((t: any) => t.name).join(' ')}`.toLowerCase();
      expect(text).toMatch(/schul/);
    }
  });

  it('matches German-aware: case, umlauts and ß/ss', async () => {
    const straße = (await action('package_search', 'q=Straße&rows=0')).body.result.count;
    const strasse = (await action('package_search', 'q=STRASSE&rows=0')).body.result.count;
    expect(straße).toBeGreaterThan(0);
    expect(strasse).toBe(straße);
    const umlaut = (await action('package_search', 'q=Verkehrszählung&rows=0')).body.result.count;
    const folded = (await action('package_search', 'q=verkehrszaehlung&rows=0')).body.result.count;
    expect(umlaut).toBeGreaterThan(0);
    expect(folded).toBe(umlaut);
  });

  it('filters with fq on organization, groups, res_format, license_id and tags', async () => {
    const all = (await action('package_search', 'rows=1000')).body.result;
    const cases: [string, (pkg: any) => boolean][] = [
      ['organization:stadt-leipzig', (p) => p.organization.name === 'stadt-leipzig'],
      ['groups:tran', (p) => p.groups.some((g: any) => g.name === 'tran')],
      ['res_format:"CSV"', (p) => p.resources.some((r: any) => r.format === 'CSV')],
      [
        'license_id:"http://dcat-ap.de/def/licenses/dl-by-de/2.0"',
        (p) => p.license_id === 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
      ],
      ['tags:"Verkehr"', (p) => p.tags.some((t: any) => t.name === 'Verkehr')],
      [
        '+organization:stadt-leipzig +res_format:CSV',
        (p) =>
          p.organization.name === 'stadt-leipzig' &&
          p.resources.some((r: any) => r.format === 'CSV'),
      ],
      [
        'groups:(tran OR envi)',
        (p) => p.groups.some((g: any) => g.name === 'tran' || g.name === 'envi'),
      ],
      ['-groups:tran', (p) => !p.groups.some((g: any) => g.name === 'tran')],
    ];
    for (const [fq, predicate] of cases) {
      const result = (await action('package_search', `fq=${encodeURIComponent(fq)}&rows=1000`)).body
        .result;
      const expected = all.results
        .filter(predicate)
        .map((p: any) => p.id)
        .sort();
      expect(result.count, fq).toBe(expected.length);
      expect(result.count, fq).toBeGreaterThan(0);
      expect(result.results.map((p: any) => p.id).sort(), fq).toEqual(expected);
    }
  });

  it('pages with rows and start, and clamps rows to 1000', async () => {
    const first = (await action('package_search', 'rows=5&start=0&sort=name%20asc')).body.result;
    const second = (await action('package_search', 'rows=5&start=5&sort=name%20asc')).body.result;
    expect(first.results).toHaveLength(5);
    expect(second.results).toHaveLength(5);
    expect(
      first.results.map((p: any) => p.name).concat(second.results.map((p: any) => p.name)),
    ).toEqual([...first.results, ...second.results].map((p: any) => p.name).sort());
    const big = (await action('package_search', 'rows=5000')).body.result;
    expect(big.results).toHaveLength(Math.min(1000, big.count));
    const past = (await action('package_search', 'start=100000')).body.result;
    expect(past.results).toEqual([]);
    expect(past.count).toBe(big.count);
  });

  it('sorts by title_string and metadata_modified', async () => {
    const byTitle = (await action('package_search', 'rows=50&sort=title_string%20asc')).body.result
      .results;
    const titles = byTitle.map((p: any) => p.title.toLocaleLowerCase('de'));
    expect(titles).toEqual([...titles].sort((a: string, b: string) => a.localeCompare(b, 'de')));
    const byModified = (await action('package_search', 'rows=50&sort=metadata_modified%20desc'))
      .body.result.results;
    const modified = byModified.map((p: any) => p.metadata_modified);
    expect(modified).toEqual([...modified].sort().reverse());
  });

  it('answers bad parameters with CKAN error envelopes', async () => {
    const negative = await action('package_search', 'rows=-1');
    expect(negative.status).toBe(409);
    expect(negative.body).toMatchObject({
      success: false,
      error: { __type: 'Validation Error', rows: ['Must be a natural number'] },
    });
    const notJson = await action('package_search', 'facet.field=organization');
    expect(notJson.status).toBe(409);
    expect(notJson.body.error['facet.field']).toEqual(['Could not parse as valid JSON']);
    // CKAN's SearchQueryError is a 400 (ckan/views/api.py; ckan-action.yaml), not a 409.
    const badSort = await action('package_search', 'sort=popularity');
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.__type).toBe('Search Query Error');
    const badSyntax = await action('package_search', `q=${encodeURIComponent('title:(Verkehr')}`);
    expect(badSyntax.status).toBe(400);
    expect(badSyntax.body.error.__type).toBe('Search Query Error');
    const unknownField = await action('package_search', `fq=${encodeURIComponent('publisher:x')}`);
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.__type).toBe('Search Query Error');
  });

  it('treats a q without a colon like dismax: no syntax errors, special characters as text', async () => {
    for (const q of [
      '(Verkehr',
      'Verkehr)',
      '"Verkehr',
      'Verkehr && ||',
      '[Verkehr]',
      'Verkehr^',
      '!Verkehr',
    ]) {
      const { status, body } = await action('package_search', `q=${encodeURIComponent(q)}&rows=0`);
      expect(status, q).toBe(200);
      expect(body.result.count, q).toBeGreaterThan(0);
    }
  });
});

describe('CKAN emulation: other actions', () => {
  it('package_show finds a dataset by id and by name', async () => {
    const some = (await action('package_search', 'rows=1')).body.result.results[0];
    const byId = await action('package_show', `id=${some.id}`);
    const byName = await action('package_show', `id=${some.name}`);
    expect(byId.status).toBe(200);
    expect(byId.body.result).toEqual(some);
    expect(byName.body.result).toEqual(some);
  });

  it('package_show of an unknown dataset is a 404 Not Found Error', async () => {
    const { status, body } = await action('package_show', 'id=does-not-exist');
    expect(status).toBe(404);
    expect(body).toMatchObject({
      success: false,
      error: { __type: 'Not Found Error', message: 'Not found' },
    });
    const missing = await action('package_show');
    expect(missing.status).toBe(409);
    expect(missing.body.error).toMatchObject({
      __type: 'Validation Error',
      name_or_id: ['Missing value'],
    });
  });

  it('reproduces the quirks of real GovData records', async () => {
    const all = (await action('package_search', 'rows=1000')).body.result.results;
    const licenceOnResources = all.find((p: any) => p.license_id === '');
    expect(licenceOnResources).toBeDefined();
    expect(licenceOnResources.license_title).toBe('');
    expect(licenceOnResources.isopen).toBe(false);
    expect(licenceOnResources.resources[0].license).toMatch(
      /^http:\/\/dcat-ap\.de\/def\/licenses\//,
    );
    const naive = all.find((p: any) =>
      p.extras.some(
        (e: any) =>
          e.key === 'issued' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/.test(e.value),
      ),
    );
    expect(naive).toBeDefined();
    const theme = all[0].extras.find((e: any) => e.key === 'theme');
    expect(JSON.parse(theme.value)[0]).toMatch(
      /^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/,
    );
    expect(all.some((p: any) => p.url !== '' && !/^https?:/.test(p.url))).toBe(true);
    for (const pkg of all)
      expect(pkg.metadata_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
  });

  it('lists organizations, groups, licences and tags, and reports its status', async () => {
    const names = (await action('organization_list')).body.result;
    expect(names).toContain('stadt-leipzig');
    const full = (await action('organization_list', 'all_fields=true&limit=3&offset=1')).body
      .result;
    expect(full).toHaveLength(3);
    expect(full[0]).toMatchObject({
      name: expect.any(String),
      title: expect.any(String),
      package_count: expect.any(Number),
    });
    const org = (await action('organization_show', 'id=stadt-leipzig')).body.result;
    expect(org.title).toBe('Stadt Leipzig');
    expect((await action('organization_show', 'id=nope')).status).toBe(404);
    expect((await action('group_list')).body.result).toContain('tran');
    const licences = (await action('license_list')).body.result;
    expect(
      licences.find((l: any) => l.id === 'http://dcat-ap.de/def/licenses/dl-by-de/2.0').title,
    ).toBe('Datenlizenz Deutschland Namensnennung 2.0');
    expect((await action('tag_list', 'query=verkehr')).body.result).toContain('Verkehr');
    expect((await action('status_show')).body.result.ckan_version).toMatch(/^2\.10\./);
  });

  it('answers an unknown action with a bare JSON string, as CKAN does', async () => {
    const { status, body, headers } = await action('package_frobnicate');
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/application\/json/);
    expect(body).toBe('Bad request - Action name not known: package_frobnicate');
  });
});
