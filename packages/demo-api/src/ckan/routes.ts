import { Hono, type Context } from 'hono';
import { stringifyWithOrigin } from '../../data/demo-links.js';
import type { Publisher } from '../../data/types.js';
import { countFacet } from '../search/facets.js';
import { parseQuery, QuerySyntaxError, type QueryNode } from '../search/lucene.js';
import { UnknownFieldError } from '../search/index.js';
import { tokenize, tokenMatches } from '../search/text.js';
import type { DemoStore } from '../store.js';
import { organizationOf, toCkanPackage, type CkanPackage } from './package.js';
import { createCkanIndex, isCkanField, parseCkanQ, parseSort, type SortKey } from './search.js';
import { CKAN_LICENSES, licenseById, THEME_GROUP_TITLES, themeGroup } from './vocabulary.js';

/** CKAN 2.10 `ckan.search.rows_max`. */
const ROWS_MAX = 1000;
const DEFAULT_SORT = 'score desc, metadata_modified desc';

type FieldErrors = Record<string, string[]>;

class ActionError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly fields: FieldErrors = {},
  ) {
    super(message);
  }
}

const validationError = (fields: FieldErrors) =>
  new ActionError(409, 'Validation Error', '', fields);

function helpUrl(c: Context, action: string): string {
  const url = new URL(c.req.url);
  return `${url.origin}/ckan/api/3/action/help_show?name=${action}`;
}

function naturalNumber(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw validationError({ [name]: ['Invalid integer'] });
  const value = Number(raw);
  if (value < 0) throw validationError({ [name]: ['Must be a natural number'] });
  return value;
}

function jsonList(params: URLSearchParams, name: string): string[] | undefined {
  // A repeated GET parameter (`facet.field=a&facet.field=b`) is a list, as in CKAN's MultiDict.
  const all = params.getAll(name);
  if (all.length > 1) return all;
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  } catch {
    // falls through to the validation error CKAN gives for unparseable JSON
  }
  throw validationError({ [name]: ['Could not parse as valid JSON'] });
}

function searchQueryError(error: unknown): ActionError {
  const reason = error instanceof Error ? error.message : String(error);
  // CKAN answers a SearchQueryError with 400 (ckan/views/api.py), as ckan-action.yaml says.
  return new ActionError(400, 'Search Query Error', `Search Query is invalid: "${reason}"`);
}

function compareBy(keys: SortKey[], score: (pkg: CkanPackage) => number) {
  const valueOf = (pkg: CkanPackage, field: string): string | number => {
    switch (field) {
      case 'score':
        return score(pkg);
      case 'title_string':
        return pkg.title.toLocaleLowerCase('de');
      case 'name':
        return pkg.name;
      case 'id':
        return pkg.id;
      case 'metadata_created':
        return pkg.metadata_created;
      default:
        return pkg.metadata_modified;
    }
  };
  return (a: CkanPackage, b: CkanPackage): number => {
    for (const { field, descending } of keys) {
      const x = valueOf(a, field);
      const y = valueOf(b, field);
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'de');
      if (order !== 0) return descending ? -order : order;
    }
    return a.id < b.id ? -1 : 1;
  };
}

export function createCkanApi(store: DemoStore): Hono {
  const publishers = new Map<string, Publisher>(store.publishers.map((p) => [p.id, p]));
  const packages = store.datasets.map((dataset) => {
    const publisher = publishers.get(dataset.publisherId);
    if (!publisher)
      throw new Error(`dataset ${dataset.name}: unknown publisher ${dataset.publisherId}`);
    return toCkanPackage(dataset, publisher);
  });
  const index = createCkanIndex(packages);
  const byIdOrName = new Map<string, CkanPackage>();
  for (const pkg of packages) {
    byIdOrName.set(pkg.id, pkg);
    byIdOrName.set(pkg.name, pkg);
  }
  const organizations = store.publishers.map((publisher) => ({
    ...organizationOf(publisher),
    display_name: publisher.title,
    image_display_url: '',
    num_followers: 0,
    package_count: packages.filter((pkg) => pkg.organization.name === publisher.id).length,
  }));
  const usedThemes = Object.keys(THEME_GROUP_TITLES).filter((code) =>
    store.datasets.some((dataset) => dataset.themes.includes(code as never)),
  );

  const displayName = (field: string, value: string): string => {
    if (field === 'organization') return publishers.get(value)?.title ?? value;
    if (field === 'groups') return THEME_GROUP_TITLES[value.toUpperCase()] ?? value;
    if (field === 'license_id') return licenseById(value)?.title ?? value;
    return value;
  };

  function packageSearch(params: URLSearchParams) {
    const rows = Math.min(naturalNumber(params, 'rows', 10), ROWS_MAX);
    const start = naturalNumber(params, 'start', 0);
    const facetFields = jsonList(params, 'facet.field') ?? [];
    const facetLimitRaw = params.get('facet.limit');
    const facetLimit = facetLimitRaw === null || facetLimitRaw === '' ? 50 : Number(facetLimitRaw);
    if (!Number.isInteger(facetLimit))
      throw validationError({ 'facet.limit': ['Invalid integer'] });
    const sortText = params.get('sort')?.trim() || DEFAULT_SORT;
    const sort = parseSort(sortText);
    if (!sort)
      throw searchQueryError(
        new Error(`Can't determine a Sort Order (asc or desc) in sort spec '${sortText}'`),
      );

    let queries: QueryNode[];
    try {
      queries = [parseCkanQ(params.get('q') ?? '')];
      const fq = params.get('fq');
      if (fq && fq.trim()) queries.push(parseQuery(fq));
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw searchQueryError(error);
      throw error;
    }

    let matches: CkanPackage[];
    try {
      matches = index.filter(queries);
    } catch (error) {
      if (error instanceof UnknownFieldError) throw searchQueryError(error);
      throw error;
    }
    const unknownFacet = facetFields.find((field) => !isCkanField(field));
    if (unknownFacet) throw searchQueryError(new UnknownFieldError(unknownFacet));

    const qTokens = tokenize(params.get('q') ?? '');
    const score = (pkg: CkanPackage) => {
      const title = tokenize(pkg.title);
      return qTokens.reduce((sum, q) => sum + (title.some((t) => tokenMatches(q, t)) ? 2 : 1), 0);
    };
    matches.sort(compareBy(sort, score));

    const facets: Record<string, Record<string, number>> = {};
    const searchFacets: Record<
      string,
      { title: string; items: { name: string; display_name: string; count: number }[] }
    > = {};
    for (const field of facetFields) {
      const counts = countFacet(matches, (pkg) => index.valuesOf(pkg)[field], facetLimit);
      facets[field] = Object.fromEntries(counts.map(({ value, count }) => [value, count]));
      searchFacets[field] = {
        title: field,
        items: counts.map(({ value, count }) => ({
          name: value,
          display_name: displayName(field, value),
          count,
        })),
      };
    }

    return {
      count: matches.length,
      facets,
      results: matches.slice(start, start + rows),
      sort: sortText,
      search_facets: searchFacets,
    };
  }

  function listParams(params: URLSearchParams) {
    return {
      allFields: params.get('all_fields') === 'true' || params.get('all_fields') === 'True',
      limit: params.has('limit') ? naturalNumber(params, 'limit', 1000) : undefined,
      offset: naturalNumber(params, 'offset', 0),
    };
  }

  const actions: Record<string, (params: URLSearchParams) => unknown> = {
    package_search: packageSearch,
    package_list(params) {
      const names = packages.map((pkg) => pkg.name).sort();
      const offset = naturalNumber(params, 'offset', 0);
      const limit = params.has('limit') ? naturalNumber(params, 'limit', names.length) : undefined;
      return names.slice(offset, limit === undefined ? undefined : offset + limit);
    },
    package_show(params) {
      const id = params.get('id') ?? params.get('name_or_id');
      if (!id) throw validationError({ name_or_id: ['Missing value'] });
      const pkg = byIdOrName.get(id);
      if (!pkg) throw new ActionError(404, 'Not Found Error', 'Not found');
      return pkg;
    },
    organization_list(params) {
      const { allFields, limit, offset } = listParams(params);
      const sorted = [...organizations].sort((a, b) => a.title.localeCompare(b.title, 'de'));
      const page = sorted.slice(offset, limit === undefined ? undefined : offset + limit);
      return allFields ? page : page.map((org) => org.name);
    },
    organization_show(params) {
      const id = params.get('id');
      if (!id) throw validationError({ id: ['Missing value'] });
      const org = organizations.find((o) => o.id === id || o.name === id);
      if (!org) throw new ActionError(404, 'Not Found Error', 'Organization not found');
      const includeDatasets = params.get('include_datasets') === 'true';
      return {
        ...org,
        ...(includeDatasets
          ? { packages: packages.filter((pkg) => pkg.organization.name === org.name).slice(0, 10) }
          : {}),
        extras: [],
        groups: [],
        tags: [],
        users: [],
      };
    },
    group_list(params) {
      const { allFields, limit, offset } = listParams(params);
      const groups = usedThemes.map((code) => ({
        ...themeGroup(code),
        package_count: store.datasets.filter((dataset) => dataset.themes.includes(code as never))
          .length,
        type: 'group',
        state: 'active',
        is_organization: false,
        approval_status: 'approved',
      }));
      const page = groups.slice(offset, limit === undefined ? undefined : offset + limit);
      return allFields ? page : page.map((group) => group.name);
    },
    license_list: () => CKAN_LICENSES,
    tag_list(params) {
      const query = params.get('query')?.toLocaleLowerCase('de');
      const tags = [...new Set(store.datasets.flatMap((dataset) => dataset.keywords))].sort(
        (a, b) => a.localeCompare(b, 'de'),
      );
      return query ? tags.filter((tag) => tag.toLocaleLowerCase('de').includes(query)) : tags;
    },
    status_show: () => ({
      ckan_version: '2.10.5',
      site_title: 'Saxon AI demo CKAN',
      site_description: 'Offline CKAN emulation of @saxon-ai/demo-api (demo data)',
      site_url: '',
      locale_default: 'de',
      extensions: ['dcatde', 'dcat', 'activity'],
    }),
  };

  const app = new Hono();
  // CKAN takes every action by GET (query string) or POST (JSON or form body); clients such as
  // ckanapi POST JSON to `/api/action/<name>`, which the app mounts next to `/api/3/action/`.
  app.on(['GET', 'POST'], '/:action', async (c) => {
    const action = c.req.param('action');
    const handler = actions[action];
    if (!handler) {
      // CKAN answers an unknown action with a bare JSON string, not its envelope.
      return c.json(`Bad request - Action name not known: ${action}`, 400);
    }
    const params = c.req.method === 'POST' ? await bodyParams(c) : new URL(c.req.url).searchParams;
    if (typeof params === 'string') return c.json(params, 400);
    try {
      const body = { help: helpUrl(c, action), success: true, result: handler(params) };
      return c.body(stringifyWithOrigin(body, new URL(c.req.url).origin), 200, {
        'content-type': 'application/json',
      });
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      return c.json(
        {
          help: helpUrl(c, action),
          success: false,
          error: {
            __type: error.type,
            ...(error.message ? { message: error.message } : {}),
            ...error.fields,
          },
        },
        error.status as 400,
      );
    }
  });
  return app;
}

/**
 * A POST body as the actions' parameters: JSON (lists and objects as JSON text, which is how the
 * GET form carries them) or a form. Bad JSON gives CKAN's bare-string 400 body.
 */
async function bodyParams(c: Context): Promise<URLSearchParams | string> {
  const params = new URLSearchParams();
  const type = c.req.header('content-type') ?? '';
  if (type.includes('form')) {
    const form = await c.req.parseBody({ all: true });
    for (const [key, value] of Object.entries(form))
      for (const item of Array.isArray(value) ? value : [value])
        if (typeof item === 'string') params.append(key, item);
    return params;
  }
  const raw = await c.req.text();
  if (raw.trim() === '') return params;
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    return `Bad request - JSON Error: ${error instanceof Error ? error.message : 'invalid JSON'}`;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return 'Bad request - JSON Error: Request data JSON decoded to a non-dictionary';
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return params;
}
