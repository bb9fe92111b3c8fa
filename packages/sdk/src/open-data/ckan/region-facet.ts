import type { Facet } from '../model.js';
import { facetAgs, regionLabel, regionsOf } from '../regions.js';
import type { CkanSearchFacet } from './schemas.js';
import { listValues } from './parse.js';

/**
 * The region facet from CKAN's facet on the exact `politicalGeocodingURI` values. Each dataset
 * has one such value (its whole JSON list), so a value's count is a number of datasets: it is
 * split into regions, Gemeinden rolled up into their Kreis, each AGS counted once per value, and
 * the counts added. Values without a political geocoding key (GeoNames URIs …) are left out, and
 * lists beyond the portal's `facet.limit` are missing from the counts.
 */
export function ckanRegionFacet(items: CkanSearchFacet['items']): Facet[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const values = listValues(item.name).flatMap((value) => value.trim().split(/\s+/));
    const agsList = new Set(regionsOf(values).flatMap((region) => facetAgs(region) ?? []));
    for (const ags of agsList) counts.set(ags, (counts.get(ags) ?? 0) + item.count);
  }
  return [...counts]
    .map(([value, count]) => ({ value, label: regionLabel(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
}
