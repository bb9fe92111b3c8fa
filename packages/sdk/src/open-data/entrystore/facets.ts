import type { Facet, SearchFacetName, Language, SearchPage } from '../model.js';
import { emptyFacets, mergeFacets } from '../adapter.js';
import {
  canonicalLicense,
  licenseTitle,
  normalizeFormat,
  themeCode,
  themeLabel,
} from '../vocabulary.js';
import { facetAgs, regionLabel, regionOf } from '../regions.js';
import type { SearchResponse } from './schemas.js';
import { FIELD } from './terms.js';

/** The Solr field behind each facet (the portal UI's own choice, SHAPE.md §6). */
export const FACET_FIELDS: Record<SearchFacetName, string> = {
  publisher: FIELD.publisher,
  theme: FIELD.theme,
  category: FIELD.theme,
  format: FIELD.format,
  license: FIELD.license,
  keyword: FIELD.keyword,
  // The URIs of `dcatde:politicalGeocodingURI`, one count each; a Gemeinde counts for its Kreis.
  // A dataset naming both a Kreis and one of its Gemeinden counts twice there: EntryStore counts
  // URIs, not datasets.
  region: FIELD.geocoding,
};

type FacetField = SearchResponse['facetFields'][number];

function field(response: SearchResponse, name: SearchFacetName): FacetField['values'] {
  return response.facetFields.find((f) => f.name === FACET_FIELDS[name])?.values ?? [];
}

/** Publisher URIs named by the publisher facet: their names are looked up with the page. */
export function facetPublishers(response: SearchResponse): string[] {
  return field(response, 'publisher')
    .map((v) => v.name)
    .filter((v) => v.trim() !== '');
}

/**
 * Facet counts in the model's form. `value` is what the filter of the same name takes back:
 * publisher and licence URIs as indexed, theme codes, format and keyword literals as indexed.
 */
export function readFacets(
  response: SearchResponse,
  names: readonly SearchFacetName[],
  language: Language,
  publisherName: (uri: string) => string | undefined,
): SearchPage['facets'] {
  // `undefined` leaves a value out: EU themes go to `theme`, other theme URIs to `category`.
  const label: Record<
    SearchFacetName,
    (value: string) => { value: string; label: string } | undefined
  > = {
    publisher: (value) => ({ value, label: publisherName(value) ?? value }),
    theme: (value) => {
      const code = themeCode(value);
      return code ? { value: code, label: themeLabel(code, language) } : undefined;
    },
    category: (value) => (themeCode(value) ? undefined : { value, label: value }),
    format: (value) => {
      const format = normalizeFormat(value) ?? value;
      return { value: format, label: format };
    },
    license: (value) => {
      const canonical = canonicalLicense(value);
      return { value: canonical, label: licenseTitle(canonical, language) ?? canonical };
    },
    keyword: (value) => ({ value, label: value }),
    region: (value) => {
      const region = regionOf(value);
      const ags = region && facetAgs(region);
      return ags ? { value: ags, label: regionLabel(ags) } : undefined;
    },
  };
  const facets = emptyFacets();
  for (const name of names) {
    facets[name] = mergeFacets(
      field(response, name)
        .filter((v) => v.name.trim() !== '')
        .flatMap((v): Facet[] => {
          const entry = label[name](v.name);
          return entry ? [{ ...entry, count: v.count }] : [];
        }),
    );
  }
  return facets;
}
