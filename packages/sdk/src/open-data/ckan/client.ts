import type { CallOptions } from '../../http/transport.js';
import {
  createAdapterContext,
  emptyFacets,
  mergeFacets,
  pageOffset,
  pageSize,
  requestedFacets,
  searchAllWith,
  type OpenDataClient,
  type OpenDataClientOptions,
  type PageSearch,
} from '../adapter.js';
import type { Facet, FacetName, SearchPage } from '../model.js';
import {
  canonicalLicense,
  licenseTitle,
  normalizeFormat,
  themeCode,
  themeLabel,
} from '../vocabulary.js';
import { ckanHttpError, unwrapCkanEnvelope } from './envelope.js';
import { parseCkanPackage } from './parse.js';
import { CKAN_FACET_FIELDS, ckanSearchParams } from './query.js';
import { ckanPackageSchema, ckanSearchResultSchema, type CkanSearchResult } from './schemas.js';

/**
 * A client of one CKAN portal (Action API v3: GovData, Leipzig, …), answering in the common model.
 *
 * ```ts
 * const govdata = createCkanClient({ type: 'ckan', baseUrl: 'https://ckan.govdata.de' });
 * ```
 */
export function createCkanClient(options: OpenDataClientOptions): OpenDataClient {
  const context = createAdapterContext(options);
  const { portal, language } = context;
  const action = (name: string, params: URLSearchParams) =>
    `${portal.baseUrl}/api/3/action/${name}?${params.toString()}`;

  /** GET an action and unwrap CKAN's envelope; CKAN's error answers become `PortalError`s. */
  async function call(url: string, callOptions?: CallOptions): Promise<unknown> {
    let data: unknown;
    try {
      data = await context.transport.getJson(url, callOptions);
    } catch (error) {
      throw ckanHttpError(error, language);
    }
    return unwrapCkanEnvelope(data, url, language);
  }

  function facetValue(name: FacetName, raw: string): string {
    if (name === 'theme') return themeCode(raw) ?? raw;
    if (name === 'license') return canonicalLicense(raw);
    return raw;
  }

  function facetLabel(
    name: FacetName,
    value: string,
    displayName: string | null | undefined,
  ): string {
    switch (name) {
      case 'theme':
        return themeLabel(value, language);
      case 'format':
        return normalizeFormat(value) ?? value;
      case 'license':
        return licenseTitle(canonicalLicense(value), language) ?? displayName ?? value;
      default:
        return displayName || value;
    }
  }

  function facetsOf(result: CkanSearchResult, names: readonly FacetName[]): SearchPage['facets'] {
    const facets = emptyFacets();
    for (const name of names) {
      const items = result.search_facets?.[CKAN_FACET_FIELDS[name]]?.items ?? [];
      facets[name] = items
        .filter((item) => item.name !== '' && (name !== 'theme' || themeCode(item.name)))
        .map((item): Facet => ({
          value: facetValue(name, item.name),
          label: facetLabel(name, item.name, item.display_name),
          count: item.count,
        }));
      facets[name] = mergeFacets(facets[name]);
    }
    return facets;
  }

  const searchPage: PageSearch = async (query = {}, callOptions) => {
    const limit = pageSize(query.limit);
    const offset = pageOffset(query.offset);
    const facets = requestedFacets(query);
    const params = ckanSearchParams(query, {
      limit,
      offset,
      facets,
      facetLimit: query.facetLimit ?? 20,
    });
    const url = action('package_search', params);
    const data = await call(url, callOptions);
    const result = context.check(ckanSearchResultSchema, data, url);
    const page = await context.build(
      url,
      (): SearchPage => ({
        total: result.count,
        offset,
        limit,
        items: result.results.map((pkg) => parseCkanPackage(pkg, { portal: portal.id, language })),
        facets: facetsOf(result, facets),
      }),
      { call: callOptions, data },
    );
    return { page, url };
  };

  const client: OpenDataClient = {
    portal,
    search: async (query, callOptions) => (await searchPage(query ?? {}, callOptions)).page,
    async dataset(id, callOptions) {
      const url = action('package_show', new URLSearchParams({ id }));
      const data = await call(url, callOptions);
      const pkg = context.check(ckanPackageSchema, data, url);
      return context.build(url, () => parseCkanPackage(pkg, { portal: portal.id, language }), {
        call: callOptions,
        data,
      });
    },
    searchAll: searchAllWith(searchPage, language),
  };
  return client;
}
