import * as z from 'zod/mini';

/**
 * What the CKAN adapter needs of CKAN's answers (`openapi/ckan-action.yaml`), no more: real portals
 * send many more fields and irregular values (empty strings for licences, `null` versions, numbers
 * as strings), which the schemas accept; only what would break the model fails.
 *
 * Loose objects: fields the schemas do not name pass through untouched (nothing reads them as
 * typed), so a matching answer is its own output — the SDK's fast check copies nothing
 * (`http/fast-check.ts`), which is most of the cost of validating a 1,000-dataset page.
 */

const looseString = z.optional(z.nullable(z.string()));

/**
 * Text that ckanext-fluent/scheming portals send as a language map (`{ "de": …, "fr": … }`), and
 * some as such a map encoded in a string; values may be empty or null.
 */
const looseText = z.optional(
  z.nullable(z.union([z.string(), z.record(z.string(), z.nullable(z.string()))])),
);

/** Fluent keyword lists: `{ "de": ["verkehr"], "fr": [] }`. */
const keywordMap = z.optional(z.nullable(z.record(z.string(), z.array(z.string()))));

export const ckanResourceSchema = z.looseObject({
  id: z.optional(z.string()),
  name: looseText,
  title: looseText,
  description: looseText,
  format: looseString,
  mimetype: looseString,
  media_type: looseString,
  url: looseString,
  access_url: looseString,
  download_url: looseString,
  size: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  byte_size: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  license: looseString,
  licenseAttributionByText: looseString,
  modified: looseString,
  last_modified: looseString,
  created: looseString,
  metadata_modified: looseString,
  /** ckanext-spatial / ISO harvests (`OGC:WMS`), opendata.swiss `protocol`. */
  resource_locator_protocol: looseString,
  protocol: looseString,
});

/** A group or organization; fluent portals send `title`/`display_name` as language maps. */
const groupFields = { name: z.string(), title: looseText, display_name: looseText };

export const ckanPackageSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: looseText,
  title_translated: looseText,
  notes: looseText,
  notes_translated: looseText,
  /** ckanext-switzerland: the description under this name, as a language map. */
  description: looseText,
  url: looseString,
  license_id: looseString,
  license_title: looseString,
  license_url: looseString,
  maintainer: looseString,
  maintainer_email: looseString,
  author: looseString,
  author_email: looseString,
  metadata_created: looseString,
  metadata_modified: looseString,
  /** Harvested DCAT dates as top-level fields (ckanext-switzerland, scheming DCAT schemas). */
  issued: looseString,
  modified: looseString,
  /** ckanext-switzerland: `{url, name}`, or that object as JSON text. */
  publisher: z.optional(
    z.nullable(
      z.union([z.string(), z.looseObject({ name: looseText, url: looseString, uri: looseString })]),
    ),
  ),
  organization: z.optional(z.nullable(z.looseObject(groupFields))),
  tags: z.optional(z.array(z.looseObject({ name: z.string(), display_name: looseString }))),
  keywords: keywordMap,
  groups: z.optional(z.array(z.looseObject(groupFields))),
  extras: z.optional(z.array(z.looseObject({ key: z.string(), value: z.unknown() }))),
  resources: z.optional(z.array(ckanResourceSchema)),
});

export const ckanSearchFacetSchema = z.looseObject({
  title: z.optional(z.unknown()),
  items: z.array(z.looseObject({ name: z.string(), display_name: looseText, count: z.number() })),
});

/**
 * `search_facets` is checked per facet the adapter asked for (see the client); entries it never
 * asked for — Solr's `queries: []`, `pivot: {}` — are no business of the model.
 */
export const ckanSearchResultSchema = z.looseObject({
  count: z.number(),
  results: z.array(ckanPackageSchema),
  search_facets: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

export type CkanPackage = z.output<typeof ckanPackageSchema>;
export type CkanResource = z.output<typeof ckanResourceSchema>;
export type CkanSearchResult = z.output<typeof ckanSearchResultSchema>;
export type CkanSearchFacet = z.output<typeof ckanSearchFacetSchema>;
