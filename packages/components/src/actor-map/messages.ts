// Texts of <saxon-actor-map>, German first; the widget's class adds them to the catalogs when it is defined.
// Keys start with `actorMap` so widgets never collide.
import type { Message } from '../shared/i18n/messages.js';

/** German (the default). */
export const actorMapDe = {
  actorMapCategoryCompany: 'Wirtschaft',
  actorMapCategoryResearch: 'Forschung',
  actorMapCategoryNetwork: 'Netzwerk',
  actorMapCategoryEducation: 'Bildung',

  // Filters and views
  actorMapFilters: 'Akteure filtern',
  actorMapSearch: 'Suche',
  actorMapCategories: 'Kategorie',
  actorMapTopic: 'Thema',
  actorMapAllTopics: 'Alle Themen',
  actorMapTopicsHint: 'Ohne Auswahl alle Themen; mehrere mit Strg- oder ⌘-Taste',
  actorMapKreis: 'Landkreis oder kreisfreie Stadt',
  actorMapAllKreise: 'Ganz Sachsen',
  actorMapKreisLandkreis: '{name} (Landkreis)',
  actorMapKreisStadt: '{name} (Stadt)',
  actorMapResetFilters: 'Filter zurücksetzen',
  actorMapViews: 'Ansicht',
  actorMapViewMap: 'Karte',
  actorMapViewList: 'Liste',
  actorMapOnMap: { one: '{count} Akteur auf der Karte', other: '{count} Akteure auf der Karte' },
  actorMapInList: { one: '{count} Akteur in der Liste', other: '{count} Akteure in der Liste' },
  actorMapEmpty: 'Keine Akteure passen zu diesen Filtern.',

  // The map
  actorMapLabel: 'Karte der KI-Akteure in Sachsen',
  actorMapHelp:
    'Pfeiltasten verschieben die Karte, Plus und Minus zoomen, Tab führt zu den Markierungen, Eingabe öffnet sie.',
  actorMapZoomIn: 'Vergrößern',
  actorMapZoomOut: 'Verkleinern',
  actorMapZoomAll: 'Ganz Sachsen zeigen',
  actorMapControls: 'Kartenansicht',
  actorMapMarker: '{name}, {category}',
  actorMapCluster: { one: '{count} Akteur – vergrößern', other: '{count} Akteure – vergrößern' },
  actorMapClusterHere: {
    one: '{count} Akteur an diesem Ort – anzeigen',
    other: '{count} Akteure an diesem Ort – anzeigen',
  },
  actorMapClusterGather: {
    one: '{count} Akteur an diesem Ort – zusammenfassen',
    other: '{count} Akteure an diesem Ort – zusammenfassen',
  },
  actorMapSpreadOpen: {
    one: '{count} Akteur an diesem Ort ausgebreitet.',
    other:
      '{count} Akteure an diesem Ort ausgebreitet: Tab führt zu ihnen, Escape fasst sie wieder zusammen.',
  },
  actorMapInView: {
    one: 'Zoomstufe {zoom}: {count} Markierung im Ausschnitt',
    other: 'Zoomstufe {zoom}: {count} Markierungen im Ausschnitt',
  },
  actorMapLegend: 'Legende',
  actorMapLegendCluster: 'Gruppe: Zahl der Akteure, vergrößern zeigt sie einzeln',
  actorMapAttribution: 'Orte © GeoNames (CC BY 4.0) · Kreisgrenzen © GeoBasis-DE / BKG',

  // Tile consent
  actorMapConsentTitle: 'Hintergrundkarte',
  actorMapConsentText:
    'Die Hintergrundkarte kommt von {host}. Wenn Sie sie laden, erhält dieser Server Ihre IP-Adresse, den gezeigten Kartenausschnitt und Angaben zu Ihrem Browser.',
  actorMapConsentLoad: 'Hintergrundkarte laden',
  actorMapConsentRemember: 'Auf diesem Gerät merken',
  actorMapConsentRevoke: 'Hintergrundkarte ausblenden',
  actorMapConsentLater: 'Nicht jetzt',
  actorMapConsentAsk: 'Hintergrundkarte …',

  // List and detail
  actorMapList: 'Akteure',
  actorMapDetailCategory: 'Kategorie',
  actorMapDetailSubtype: 'Art',
  actorMapDetailCity: 'Ort',
  actorMapDetailTopics: 'Themen',
  actorMapDetailWebsite: 'Website',
  actorMapDetailEmail: 'E-Mail',
  actorMapDetailOffers: 'Angebote',
  actorMapOfferHardware: 'Hardware',
  actorMapOfferSoftware: 'Software',
  actorMapOfferServices: 'Dienstleistungen',
  actorMapTopicFilter: 'Nach {topic} filtern',
  actorMapEventsTitle: 'Nächste Veranstaltungen',
  actorMapEventsNone: 'Zurzeit keine angekündigten Veranstaltungen.',
  actorMapEventsMore: {
    one: '{count} Veranstaltung angekündigt',
    other: '{count} Veranstaltungen angekündigt',
  },
  actorMapEventCancelled: 'abgesagt',
  actorMapEventPostponed: 'verschoben',
  actorMapEventRescheduled: 'neuer Termin',
  actorMapDatasetsTitle: 'Offene Daten dieses Akteurs',
  actorMapDatasetsNone: 'Im Datenportal sind keine Datensätze dieses Akteurs verzeichnet.',
  actorMapSectionFailed: '{section}: {error}',
  actorMapDatasetsMore: {
    one: '{count} Datensatz im Portal',
    other: '{count} Datensätze im Portal',
  },
  actorMapSuggestChange: 'Änderung vorschlagen',
  actorMapShowOnMap: 'Auf der Karte zeigen',
  actorMapClose: 'Schließen',
  actorMapHere: { one: '{count} Akteur an diesem Ort', other: '{count} Akteure an diesem Ort' },
} as const;

/** English: the same keys. */
export const actorMapEn: Record<keyof typeof actorMapDe, string | { other: string; one?: string }> =
  {
    actorMapCategoryCompany: 'Business',
    actorMapCategoryResearch: 'Research',
    actorMapCategoryNetwork: 'Network',
    actorMapCategoryEducation: 'Education',

    actorMapFilters: 'Filter actors',
    actorMapSearch: 'Search',
    actorMapCategories: 'Category',
    actorMapTopic: 'Topic',
    actorMapAllTopics: 'All topics',
    actorMapTopicsHint: 'None chosen: all topics; several with Ctrl or ⌘',
    actorMapKreis: 'District or city',
    actorMapAllKreise: 'All of Saxony',
    actorMapKreisLandkreis: '{name} (district)',
    actorMapKreisStadt: '{name} (city)',
    actorMapResetFilters: 'Reset filters',
    actorMapViews: 'View',
    actorMapViewMap: 'Map',
    actorMapViewList: 'List',
    actorMapOnMap: { one: '{count} actor on the map', other: '{count} actors on the map' },
    actorMapInList: { one: '{count} actor in the list', other: '{count} actors in the list' },
    actorMapEmpty: 'No actors match these filters.',

    actorMapLabel: 'Map of AI actors in Saxony',
    actorMapHelp:
      'Arrow keys move the map, plus and minus zoom, Tab leads to the markers, Enter opens them.',
    actorMapZoomIn: 'Zoom in',
    actorMapZoomOut: 'Zoom out',
    actorMapZoomAll: 'Show all of Saxony',
    actorMapControls: 'Map view',
    actorMapMarker: '{name}, {category}',
    actorMapCluster: { one: '{count} actor – zoom in', other: '{count} actors – zoom in' },
    actorMapClusterHere: {
      one: '{count} actor at this place – show',
      other: '{count} actors at this place – show',
    },
    actorMapClusterGather: {
      one: '{count} actor at this place – gather',
      other: '{count} actors at this place – gather',
    },
    actorMapSpreadOpen: {
      one: '{count} actor at this place spread out.',
      other:
        '{count} actors at this place spread out: Tab leads to them, Escape gathers them again.',
    },
    actorMapInView: {
      one: 'Zoom level {zoom}: {count} marker in view',
      other: 'Zoom level {zoom}: {count} markers in view',
    },
    actorMapLegend: 'Legend',
    actorMapLegendCluster: 'Group: number of actors, zoom in to see them one by one',
    actorMapAttribution: 'Places © GeoNames (CC BY 4.0) · District boundaries © GeoBasis-DE / BKG',

    actorMapConsentTitle: 'Background map',
    actorMapConsentText:
      'The background map comes from {host}. If you load it, that server receives your IP address, the part of the map shown and details of your browser.',
    actorMapConsentLoad: 'Load background map',
    actorMapConsentRemember: 'Remember on this device',
    actorMapConsentRevoke: 'Hide background map',
    actorMapConsentLater: 'Not now',
    actorMapConsentAsk: 'Background map …',

    actorMapList: 'Actors',
    actorMapDetailCategory: 'Category',
    actorMapDetailSubtype: 'Type',
    actorMapDetailCity: 'Place',
    actorMapDetailTopics: 'Topics',
    actorMapDetailWebsite: 'Website',
    actorMapDetailEmail: 'E-mail',
    actorMapDetailOffers: 'Offers',
    actorMapOfferHardware: 'Hardware',
    actorMapOfferSoftware: 'Software',
    actorMapOfferServices: 'Services',
    actorMapTopicFilter: 'Filter by {topic}',
    actorMapEventsTitle: 'Upcoming events',
    actorMapEventsNone: 'No events announced at the moment.',
    actorMapEventsMore: { one: '{count} event announced', other: '{count} events announced' },
    actorMapEventCancelled: 'cancelled',
    actorMapEventPostponed: 'postponed',
    actorMapEventRescheduled: 'rescheduled',
    actorMapDatasetsTitle: 'Open data of this actor',
    actorMapDatasetsNone: 'The data portal lists no datasets of this actor.',
    actorMapSectionFailed: '{section}: {error}',
    actorMapDatasetsMore: {
      one: '{count} dataset on the portal',
      other: '{count} datasets on the portal',
    },
    actorMapSuggestChange: 'Suggest a change',
    actorMapShowOnMap: 'Show on the map',
    actorMapClose: 'Close',
    actorMapHere: { one: '{count} actor at this place', other: '{count} actors at this place' },
  };

declare global {
  // This widget's keys join the shared MessageKey (`SaxonMessageMap` in shared/i18n/messages.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof actorMapDe, Message> {}
}
