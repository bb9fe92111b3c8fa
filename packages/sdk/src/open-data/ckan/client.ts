import { requestUrl, type RequestOptions, type UrlParams } from '../../http/request.js';
import type { CallOptions } from '../../http/transport.js';
import {
  createAdapterContext,
  emptyFacets,
  mergeFacets,
  pageOffset,
  pageSize,
  requestedFacets,
  searchAllWith,
  type CkanRequest,
  type OpenDataClientOptions,
  type PageSearch,
  type PortalClient,
} from '../adapter.js';
import type { Facet, SearchFacetName, SearchPage } from '../model.js';
import { localized } from '../text.js';
import {
  canonicalLicense,
  categoryThemes,
  licenseTitle,
  normalizeFormat,
  themeLabel,
} from '../vocabulary.js';
import { ckanHttpError, unwrapCkanEnvelope } from './envelope.js';
import { parseCkanPackage } from './parse.js';
import { ckanRegionFacet } from './region-facet.js';
import { CKAN_FACET_FIELDS, ckanFeedParams, ckanSearchParams } from './query.js';
import {
  checkCkanPackage,
  checkCkanSearchFacet,
  checkCkanSearchResult,
} from '../../generated/checks/ckan.js';
import { schemaCheck } from '../../http/validation.js';
import type { CkanSearchFacet, CkanSearchResult } from './schemas.js';

/**
 * A client of one CKAN portal (Action API v3: GovData, Leipzig, …), answering in the common model.
 *
 * ```ts
 * const govdata = createCkanClient({ type: 'ckan', baseUrl: 'https://www.govdata.de/ckan' });
 * ```
 */
export function createCkanClient(options: OpenDataClientOptions): PortalClient<CkanRequest> {
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

  function facetLabel(name: SearchFacetName, value: string, displayName: unknown): string {
    switch (name) {
      case 'theme':
        return themeLabel(value, language);
      case 'license':
        return licenseTitle(value, language) ?? localized(displayName, language) ?? value;
      default:
        return localized(displayName, language) || value;
    }
  }

  /** The model's facet entries of one CKAN facet item (a group may stand for two themes). */
  function facetEntries(name: SearchFacetName, item: CkanSearchFacet['items'][number]): Facet[] {
    const raw = item.name;
    if (name === 'theme' || name === 'category') {
      const themes = categoryThemes(raw, localized(item.display_name, language));
      if (name === 'category')
        return themes.length
          ? []
          : [{ value: raw, label: facetLabel(name, raw, item.display_name), count: item.count }];
      return themes.map((code) => ({
        value: code,
        label: facetLabel(name, code, undefined),
        count: item.count,
      }));
    }
    if (name === 'format') {
      const format = normalizeFormat(raw) ?? raw;
      return [{ value: format, label: format, count: item.count }];
    }
    const value = name === 'license' ? canonicalLicense(raw) : raw;
    return [{ value, label: facetLabel(name, value, item.display_name), count: item.count }];
  }

  async function facetsOf(
    result: CkanSearchResult,
    names: readonly SearchFacetName[],
    url: string,
  ): Promise<SearchPage['facets']> {
    const facets = emptyFacets();
    for (const name of names) {
      const field = CKAN_FACET_FIELDS[name];
      const raw = result.search_facets?.[field];
      // Only the facets asked for are checked; a portal that leaves one out gives an empty list.
      const items =
        raw === undefined ? [] : (await context.check(checkCkanSearchFacet, raw, url)).items;
      if (name === 'region') {
        facets.region = ckanRegionFacet(items);
        continue;
      }
      facets[name] = mergeFacets(
        items.filter((item) => item.name !== '').flatMap((item) => facetEntries(name, item)),
      );
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
    const result = await context.check(checkCkanSearchResult, data, url);
    const page = await context.build(
      url,
      async (): Promise<SearchPage> => ({
        total: result.count,
        offset,
        limit,
        items: result.results.map((pkg) => parseCkanPackage(pkg, { portal: portal.id, language })),
        facets: await facetsOf(result, facets, url),
      }),
      { call: callOptions, data },
    );
    return { page, url };
  };

  const request = async (path: string, params?: UrlParams, options?: RequestOptions) => {
    const url = requestUrl(portal.baseUrl, path, params);
    const data = await call(url, options);
    return options?.schema ? context.check(schemaCheck(options.schema), data, url) : data;
  };

  return {
    portal,
    request: request as CkanRequest,
    search: async (query, callOptions) => (await searchPage(query ?? {}, callOptions)).page,
    async dataset(id, callOptions) {
      const url = action('package_show', new URLSearchParams({ id }));
      const data = await call(url, callOptions);
      const pkg = await context.check(checkCkanPackage, data, url);
      return context.build(url, () => parseCkanPackage(pkg, { portal: portal.id, language }), {
        call: callOptions,
        data,
      });
    },
    searchAll: searchAllWith(searchPage, language),
    datasetApiUrl: (dataset) =>
      dataset.id ? action('package_show', new URLSearchParams({ id: dataset.id })) : undefined,
    representations(dataset) {
      if (!dataset.id) return [];
      // ckanext-dcat's endpoints take the package id or name (its `read` view calls package_show).
      const base = `${portal.baseUrl}/dataset/${encodeURIComponent(dataset.id)}`;
      return [
        { format: 'RDF/XML', mediaType: 'application/rdf+xml', url: `${base}.rdf` },
        { format: 'Turtle', mediaType: 'text/turtle', url: `${base}.ttl` },
        { format: 'JSON-LD', mediaType: 'application/ld+json', url: `${base}.jsonld` },
      ];
    },
    feedUrl: (query) =>
      `${portal.baseUrl}/feeds/custom.atom?${ckanFeedParams(query ?? {}).toString()}`,
  };
}
