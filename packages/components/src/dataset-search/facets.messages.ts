// Texts of <saxon-dataset-search> that load with a lazily loaded part: the facet groups, the
// active-filter chips, the time group's summary and the region group's map button.
// Registered by shared/lazy-part.ts when the part loads; their keys join SaxonMessageMap in messages.ts.

export const facetsMessages = {
  de: {
    datasetSearchFilters: 'Filter',
    datasetSearchFacet_publisher: 'Herausgeber',
    datasetSearchFacet_theme: 'Kategorie',
    datasetSearchFacet_format: 'Format',
    datasetSearchFacet_license: 'Lizenz',
    datasetSearchFacet_keyword: 'Schlagwort',
    datasetSearchMapShow: 'Auf der Karte wählen',
    datasetSearchMapHide: 'Karte ausblenden',
    datasetSearchTime: 'Zeitraum',
    datasetSearchFacetCount: { one: '{count} Datensatz', other: '{count} Datensätze' },
    datasetSearchShowMore: 'Mehr anzeigen',
    datasetSearchShowLess: 'Weniger anzeigen',
    datasetSearchShowMoreIn: 'Mehr anzeigen: {facet}',
    datasetSearchShowLessIn: 'Weniger anzeigen: {facet}',
    datasetSearchActiveFilters: 'Aktive Filter',
    datasetSearchRemoveFilter: '{filter} entfernen',
  },
  en: {
    datasetSearchFilters: 'Filters',
    datasetSearchFacet_publisher: 'Publisher',
    datasetSearchFacet_theme: 'Category',
    datasetSearchFacet_format: 'Format',
    datasetSearchFacet_license: 'Licence',
    datasetSearchFacet_keyword: 'Keyword',
    datasetSearchMapShow: 'Choose on the map',
    datasetSearchMapHide: 'Hide the map',
    datasetSearchTime: 'Time',
    datasetSearchFacetCount: { one: '{count} dataset', other: '{count} datasets' },
    datasetSearchShowMore: 'Show more',
    datasetSearchShowLess: 'Show fewer',
    datasetSearchShowMoreIn: 'Show more: {facet}',
    datasetSearchShowLessIn: 'Show fewer: {facet}',
    datasetSearchActiveFilters: 'Active filters',
    datasetSearchRemoveFilter: 'Remove {filter}',
  },
} as const;
