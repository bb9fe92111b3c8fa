import * as z from 'zod/mini';
import { isKeywordMap, isLooseSize, isLooseText, isMap, isPublisher } from './schema-rules.js';

/**
 * What the CKAN adapter needs of CKAN's answers (`openapi/ckan-action.yaml`), no more: real portals
 * send many more fields and irregular values (empty strings for licences, `null` versions, numbers
 * as strings), which the schemas accept; only what would break the model fails.
 *
 * Loose objects: fields the schemas do not name pass through untouched (nothing reads them as
 * typed), so a matching answer is its own output — the generated check copies nothing
 * (src/generated/checks/ckan.ts), which is most of the cost of validating a 1,000-dataset page.
 */

const looseString = z.optional(z.nullable(z.string()));

type Predicate = (value: unknown) => boolean;

/**
 * A field that may be absent or null, else passes `test`. The irregular fields below are checked
 * by predicates (`z.custom`, in schema-rules.ts) rather than zod's `union` and `record`: the same
 * values pass, and a failing one is reported at the field, not inside it — which saves those two
 * schema kinds' code in every app that searches a CKAN portal (issue 27: about 0.6 kB gzip of
 * 28.7).
 */
const loose = <T>(test: Predicate) => z.optional(z.nullable(z.custom<T>(test)));

/** A language map: `{ "de": …, "fr": … }`, values may be empty or null. */
type TextMap = Record<string, string | null>;

/** Text as such a language map, or plain (see `isLooseText`). */
const looseText = loose<string | TextMap>(isLooseText);

/** Fluent keyword lists: `{ "de": ["verkehr"], "fr": [] }`. */
const keywordMap = loose<Record<string, string[]>>(isKeywordMap);

/** Byte sizes: a number, or a number as text. */
const looseSize = loose<number | string>(isLooseSize);

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
  size: looseSize,
  byte_size: looseSize,
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
  publisher: loose<
    string | { name?: string | TextMap | null; url?: string | null; uri?: string | null }
  >(isPublisher),
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
  search_facets: loose<Record<string, unknown>>(isMap),
});

export type CkanPackage = z.output<typeof ckanPackageSchema>;
export type CkanResource = z.output<typeof ckanResourceSchema>;
export type CkanSearchResult = z.output<typeof ckanSearchResultSchema>;
export type CkanSearchFacet = z.output<typeof ckanSearchFacetSchema>;
