export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts the values of one field over a result set, most frequent first, ties by value — the
 * order Solr's facet.sort=count gives. Each item counts once per distinct value.
 */
export function countFacet<T>(
  items: readonly T[],
  valuesOf: (item: T) => readonly string[] | undefined,
  limit = Infinity,
  minCount = 1,
): FacetCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(valuesOf(item) ?? [])) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit < 0 ? undefined : limit)
    .map(([value, count]) => ({ value, count }));
}
