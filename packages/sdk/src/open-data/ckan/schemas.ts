import * as z from 'zod/mini';

/**
 * What the CKAN adapter needs of CKAN's answers (`openapi/ckan-action.yaml`), no more: real portals
 * send many more fields and irregular values (empty strings for licences, `null` versions, numbers
 * as strings), which the schemas accept; only what would break the model fails.
 */

const looseString = z.optional(z.nullable(z.string()));

export const ckanResourceSchema = z.object({
  id: z.optional(z.string()),
  name: looseString,
  description: looseString,
  format: looseString,
  mimetype: looseString,
  url: looseString,
  access_url: looseString,
  download_url: looseString,
  size: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  license: looseString,
  licenseAttributionByText: looseString,
  modified: looseString,
  last_modified: looseString,
  metadata_modified: looseString,
});

export const ckanPackageSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: looseString,
  notes: looseString,
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
  organization: z.optional(
    z.nullable(z.object({ name: z.string(), title: looseString, id: z.optional(z.string()) })),
  ),
  tags: z.optional(z.array(z.object({ name: z.string(), display_name: looseString }))),
  groups: z.optional(
    z.array(z.object({ name: z.string(), title: looseString, display_name: looseString })),
  ),
  extras: z.optional(z.array(z.object({ key: z.string(), value: z.unknown() }))),
  resources: z.optional(z.array(ckanResourceSchema)),
});

export const ckanSearchFacetSchema = z.object({
  title: looseString,
  items: z.array(z.object({ name: z.string(), display_name: looseString, count: z.number() })),
});

export const ckanSearchResultSchema = z.object({
  count: z.number(),
  results: z.array(ckanPackageSchema),
  search_facets: z.optional(z.record(z.string(), ckanSearchFacetSchema)),
});

export type CkanPackage = z.output<typeof ckanPackageSchema>;
export type CkanResource = z.output<typeof ckanResourceSchema>;
export type CkanSearchResult = z.output<typeof ckanSearchResultSchema>;
