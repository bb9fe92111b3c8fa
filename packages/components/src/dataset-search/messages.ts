// Texts of <saxon-dataset-search>, German first; the widget's class adds them to the catalogs when it is defined.
// Keys start with `datasetSearch` so widgets never collide.
import type { Message } from '../shared/i18n/messages.js';
import type { expertMessages } from './expert.messages.js';
import type { regionMapMessages } from './region-map.messages.js';
import type { timeFieldsMessages } from './time-fields.messages.js';

/** German (the default). */
export const datasetSearchDe = {
  // Search form
  datasetSearchLandmark: 'Datensatzsuche',
  datasetSearchInputLabel: 'Offene Daten durchsuchen',
  datasetSearchSubmit: 'Suchen',
  // Skip links and the filter button of narrow layouts
  datasetSearchSkipToResults: 'Zu den Ergebnissen',
  datasetSearchSkipFilters: 'Filter überspringen',
  datasetSearchFilterToggle: 'Filter',
  datasetSearchFilterToggleCount: 'Filter ({count})',
  // Result count (live region and summary)
  datasetSearchCount: { one: '{count} Datensatz gefunden', other: '{count} Datensätze gefunden' },
  datasetSearchNone: 'Keine Datensätze gefunden.',
  datasetSearchPageOf: 'Seite {page} von {pages}',
  datasetSearchPageEmpty: 'Auf dieser Seite gibt es keine Datensätze mehr.',
  datasetSearchFirstPage: 'Zur ersten Seite',
  // Facets and active filters
  datasetSearchFilters: 'Filter',
  datasetSearchFacet_publisher: 'Herausgeber',
  datasetSearchFacet_theme: 'Kategorie',
  datasetSearchFacet_format: 'Format',
  datasetSearchFacet_license: 'Lizenz',
  datasetSearchFacet_keyword: 'Schlagwort',
  // Place (region facet and Kreis map)
  datasetSearchFacet_region: 'Region',
  datasetSearchMapShow: 'Auf der Karte wählen',
  datasetSearchMapHide: 'Karte ausblenden',
  datasetSearchLoading: 'Wird geladen …',
  datasetSearchLoadError:
    'Konnte nicht geladen werden – zum erneuten Versuch schließen und wieder öffnen.',
  // Time filters
  datasetSearchTime: 'Zeitraum',
  datasetSearchTime_modified: 'Zuletzt geändert',
  datasetSearchTime_issued: 'Veröffentlicht',
  datasetSearchTime_temporal: 'Zeitbezug der Daten',
  datasetSearchTime_week: 'Letzte Woche',
  datasetSearchTime_month: 'Letzter Monat',
  datasetSearchTime_year: 'Letztes Jahr',
  datasetSearchTimeRange: '{from} – {to}',
  datasetSearchTimeSince: 'ab {from}',
  datasetSearchTimeUntil: 'bis {to}',
  datasetSearchFilteredBy: 'gefiltert nach {filters}',
  datasetSearchFacetCount: { one: '{count} Datensatz', other: '{count} Datensätze' },
  datasetSearchShowMore: 'Mehr anzeigen',
  datasetSearchShowLess: 'Weniger anzeigen',
  datasetSearchShowMoreIn: 'Mehr anzeigen: {facet}',
  datasetSearchShowLessIn: 'Weniger anzeigen: {facet}',
  datasetSearchActiveFilters: 'Aktive Filter',
  datasetSearchRemoveFilter: '{filter} entfernen',
  datasetSearchClearFilters: 'Alle Filter entfernen',
  datasetSearchClearQuery: 'Suchbegriff entfernen',
  // Sorting
  datasetSearchSort: 'Sortieren nach',
  datasetSearchSort_relevance: 'Relevanz',
  datasetSearchSort_modified: 'Zuletzt geändert',
  datasetSearchSort_title: 'Titel (A–Z)',
  // Result list and detail
  datasetSearchResults: 'Suchergebnisse',
  datasetSearchUntitled: 'Ohne Titel',
  datasetSearchPublisher: 'Herausgeber',
  datasetSearchModified: 'Zuletzt geändert',
  datasetSearchIssued: 'Veröffentlicht',
  datasetSearchFormats: 'Formate',
  datasetSearchLicense: 'Lizenz',
  datasetSearchLicenseNone: 'Keine Lizenz angegeben',
  datasetSearchBack: 'Zurück zur Trefferliste',
  datasetSearchDescription: 'Beschreibung',
  datasetSearchNoDescription: 'Keine Beschreibung vorhanden.',
  datasetSearchKeywords: 'Schlagwörter',
  datasetSearchThemes: 'Kategorien',
  datasetSearchDistributions: 'Daten und Downloads',
  datasetSearchNoDistributions: 'Der Datensatz nennt keine Dateien oder Zugänge.',
  datasetSearchFile: 'Datei',
  datasetSearchDownload: 'Download',
  datasetSearchAccess: 'Zugang',
  datasetSearchNoLink: 'ohne Link',
  datasetSearchAttribution: 'Namensnennung',
  datasetSearchPortalLink: 'Zum Datensatz im Portal',
  // Expert panel (its other texts load with it: expert.messages.ts)
  datasetSearchExpert: 'Für Fachleute: API, Metadaten, Feed',
} as const;

/** English: the same keys. */
export const datasetSearchEn: Record<
  keyof typeof datasetSearchDe,
  string | { other: string; one?: string }
> = {
  datasetSearchLandmark: 'Dataset search',
  datasetSearchInputLabel: 'Search open data',
  datasetSearchSubmit: 'Search',
  datasetSearchSkipToResults: 'Skip to the results',
  datasetSearchSkipFilters: 'Skip the filters',
  datasetSearchFilterToggle: 'Filters',
  datasetSearchFilterToggleCount: 'Filters ({count})',
  datasetSearchCount: { one: '{count} dataset found', other: '{count} datasets found' },
  datasetSearchNone: 'No datasets found.',
  datasetSearchPageOf: 'Page {page} of {pages}',
  datasetSearchPageEmpty: 'There are no more datasets on this page.',
  datasetSearchFirstPage: 'Go to the first page',
  datasetSearchFilters: 'Filters',
  datasetSearchFacet_publisher: 'Publisher',
  datasetSearchFacet_theme: 'Category',
  datasetSearchFacet_format: 'Format',
  datasetSearchFacet_license: 'Licence',
  datasetSearchFacet_keyword: 'Keyword',
  datasetSearchFacet_region: 'Region',
  datasetSearchMapShow: 'Choose on the map',
  datasetSearchMapHide: 'Hide the map',
  datasetSearchLoading: 'Loading …',
  datasetSearchLoadError: 'Could not be loaded – close and open it again to retry.',
  datasetSearchTime: 'Time',
  datasetSearchTime_modified: 'Last modified',
  datasetSearchTime_issued: 'Published',
  datasetSearchTime_temporal: 'Time covered by the data',
  datasetSearchTime_week: 'Last week',
  datasetSearchTime_month: 'Last month',
  datasetSearchTime_year: 'Last year',
  datasetSearchTimeRange: '{from} – {to}',
  datasetSearchTimeSince: 'from {from}',
  datasetSearchTimeUntil: 'until {to}',
  datasetSearchFilteredBy: 'filtered by {filters}',
  datasetSearchFacetCount: { one: '{count} dataset', other: '{count} datasets' },
  datasetSearchShowMore: 'Show more',
  datasetSearchShowLess: 'Show fewer',
  datasetSearchShowMoreIn: 'Show more: {facet}',
  datasetSearchShowLessIn: 'Show fewer: {facet}',
  datasetSearchActiveFilters: 'Active filters',
  datasetSearchRemoveFilter: 'Remove {filter}',
  datasetSearchClearFilters: 'Remove all filters',
  datasetSearchClearQuery: 'Clear the search term',
  datasetSearchSort: 'Sort by',
  datasetSearchSort_relevance: 'Relevance',
  datasetSearchSort_modified: 'Last modified',
  datasetSearchSort_title: 'Title (A–Z)',
  datasetSearchResults: 'Search results',
  datasetSearchUntitled: 'Untitled',
  datasetSearchPublisher: 'Publisher',
  datasetSearchModified: 'Last modified',
  datasetSearchIssued: 'Published',
  datasetSearchFormats: 'Formats',
  datasetSearchLicense: 'Licence',
  datasetSearchLicenseNone: 'No licence stated',
  datasetSearchBack: 'Back to the results',
  datasetSearchDescription: 'Description',
  datasetSearchNoDescription: 'No description given.',
  datasetSearchKeywords: 'Keywords',
  datasetSearchThemes: 'Categories',
  datasetSearchDistributions: 'Data and downloads',
  datasetSearchNoDistributions: 'The dataset names no files or access points.',
  datasetSearchFile: 'File',
  datasetSearchDownload: 'Download',
  datasetSearchAccess: 'Access',
  datasetSearchNoLink: 'no link',
  datasetSearchAttribution: 'Attribution',
  datasetSearchPortalLink: 'View the dataset on the portal',
  datasetSearchExpert: 'For experts: API, metadata, feed',
};

declare global {
  // This widget's keys join the shared MessageKey (`SaxonMessageMap` in shared/i18n/messages.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof datasetSearchDe, Message> {}
  // The texts of the lazily loaded parts, registered when each part loads.
  interface SaxonMessageMap
    extends
      Record<keyof typeof regionMapMessages.de, Message>,
      Record<keyof typeof timeFieldsMessages.de, Message>,
      Record<keyof typeof expertMessages.de, Message> {}
}
