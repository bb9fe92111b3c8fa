import { describe, expect, it } from 'vitest';
import { demoApi } from './helpers.js';

/**
 * The CKAN emulation driven the way standard CKAN clients call a real CKAN 2.10/2.11. No maintained
 * CKAN client exists on the npm registry, so these replay the requests of Python's `ckanapi`
 * (ckan/ckanapi: `ckanapi/common.py` `prepare_action` and `ckanapi/remoteckan.py`
 * `RemoteCKAN.call_action` @ 0d80b5576f457470b47fb963ab0c16faa21d90c4): a POST to
 * `{address}/api/action/{name}` whose body is `json.dumps(data_dict)` (Python's default separators,
 * ASCII-escaped), with `Content-Type: application/json` and a `ckanapi/…` User-Agent.
 */
const api = demoApi();
const address = '/ckan';

/** Python's `json.dumps` output for a flat dict of strings, numbers and string lists. */
function pythonJson(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/","/g, '", "')
    .replace(/":/g, '": ')
    .replace(/,(\d|\[|")/g, ', $1')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function callAction(name: string, data: Record<string, unknown> = {}) {
  return api.get<any>(`${address}/api/action/${name}`, {
    method: 'POST',
    body: pythonJson(data),
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'ckanapi/4.8 (+https://github.com/ckan/ckanapi)',
    },
  });
}

describe('CKAN emulation with the request shapes of ckanapi', () => {
  it('serves every action under /api/action/ as well as /api/3/action/', async () => {
    const viaShortPath = await api.get<any>('/ckan/api/action/status_show');
    const viaVersioned = await api.get<any>('/ckan/api/3/action/status_show');
    expect(viaShortPath.status).toBe(200);
    expect(viaShortPath.body.result).toEqual(viaVersioned.body.result);
  });

  it('answers RemoteCKAN.call_action POSTs with JSON bodies (package_search with a list)', async () => {
    const { status, body } = await callAction('package_search', {
      q: 'Schule',
      'facet.field': ['organization', 'res_format'],
      rows: 2,
    });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.result.results).toHaveLength(2);
    expect(Object.keys(body.result.search_facets).sort()).toEqual(['organization', 'res_format']);
    const viaGet = await api.get<any>(
      `/ckan/api/3/action/package_search?q=Schule&rows=2&facet.field=${encodeURIComponent('["organization","res_format"]')}`,
    );
    expect(body.result.count).toBe(viaGet.body.result.count);
  });

  it('lists every dataset with package_list, then shows each (ckanapi dump datasets --all)', async () => {
    const list = await callAction('package_list');
    expect(list.status).toBe(200);
    const names: string[] = list.body.result;
    const all = await callAction('package_search', { rows: 1000 });
    expect(names).toHaveLength(all.body.result.count);
    expect(names).toEqual([...names].sort());
    const page = await callAction('package_list', { limit: 2, offset: 1 });
    expect(page.body.result).toEqual(names.slice(1, 3));
    const shown = await callAction('package_show', { id: names[0] });
    expect(shown.body.result.name).toBe(names[0]);
  });

  it('takes form bodies too, and repeated GET parameters as a list', async () => {
    const form = await api.get<any>('/ckan/api/3/action/package_show', {
      method: 'POST',
      body: new URLSearchParams({ id: (await callAction('package_list')).body.result[0] }),
    });
    expect(form.status).toBe(200);
    expect(form.body.success).toBe(true);
    const repeated = await api.get<any>(
      '/ckan/api/3/action/package_search?rows=0&facet.field=organization&facet.field=groups',
    );
    expect(repeated.status).toBe(200);
    expect(Object.keys(repeated.body.result.search_facets).sort()).toEqual([
      'groups',
      'organization',
    ]);
  });

  it('answers errors as ckanapi maps them back: Search Query Error 400, Not Found 404, bad JSON', async () => {
    const badSort = await callAction('package_search', { sort: 'popularity' });
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.__type).toBe('Search Query Error');
    const missing = await callAction('package_show', { id: 'gibt-es-nicht' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.__type).toBe('Not Found Error');
    const broken = await api.get<any>('/ckan/api/action/package_show', {
      method: 'POST',
      body: '{"id": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatch(/^Bad request - JSON Error/);
  });
});
