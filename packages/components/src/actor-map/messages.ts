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

/** English, loaded on demand (`messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const actorMapEn = () => import('./messages.en.js').then((module) => module.actorMapEn);

declare global {
  // This widget's keys join the shared MessageKey (`SaxonMessageMap` in shared/i18n/messages.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof actorMapDe, Message> {}
}
