// Texts of <saxon-dataset-search>, German first; the widget's class adds them to the catalogs when it is defined.
// Keys start with `datasetSearch` so widgets never collide.
import type { Message } from '../shared/i18n/messages.js';
import type { detailMessages } from './detail.messages.js';
import type { expertMessages } from './expert.messages.js';
import type { facetsMessages } from './facets.messages.js';
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
  // Facets and active filters (their other texts load with them: facets.messages.ts)
  datasetSearchFiltersLoadError: 'Die Filter konnten nicht geladen werden.',
  // Place (region facet and Kreis map)
  datasetSearchFacet_region: 'Region',
  datasetSearchLoading: 'Wird geladen …',
  datasetSearchLoadError:
    'Konnte nicht geladen werden – zum erneuten Versuch schließen und wieder öffnen.',
  // Time filters
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
  datasetSearchClearFilters: 'Alle Filter entfernen',
  datasetSearchClearQuery: 'Suchbegriff entfernen',
  // Sorting
  datasetSearchSort: 'Sortieren nach',
  datasetSearchSort_relevance: 'Relevanz',
  datasetSearchSort_modified: 'Zuletzt geändert',
  datasetSearchSort_title: 'Titel (A–Z)',
  // Result list and detail (the detail's other texts load with it: detail.messages.ts)
  datasetSearchResults: 'Suchergebnisse',
  datasetSearchUntitled: 'Ohne Titel',
  datasetSearchPublisher: 'Herausgeber',
  datasetSearchModified: 'Zuletzt geändert',
  datasetSearchFormats: 'Formate',
  datasetSearchLicense: 'Lizenz',
  datasetSearchLicenseNone: 'Keine Lizenz angegeben',
  datasetSearchBack: 'Zurück zur Trefferliste',
  datasetSearchDetailLoadError: 'Die Ansicht des Datensatzes konnte nicht geladen werden.',
} as const;

/** English, loaded on demand (`messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const datasetSearchEn = () =>
  import('./messages.en.js').then((module) => module.datasetSearchEn);

declare global {
  // This widget's keys join the shared MessageKey (`SaxonMessageMap` in shared/i18n/messages.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof datasetSearchDe, Message> {}
  // The texts of the lazily loaded parts, registered when each part loads.
  interface SaxonMessageMap
    extends
      Record<keyof typeof regionMapMessages.de, Message>,
      Record<keyof typeof timeFieldsMessages.de, Message>,
      Record<keyof typeof expertMessages.de, Message>,
      Record<keyof typeof facetsMessages.de, Message>,
      Record<keyof typeof detailMessages.de, Message> {}
}
