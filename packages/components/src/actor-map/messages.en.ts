// English texts of messages.ts, loaded only when an element's language resolves to English.
import type { Message } from '../shared/i18n/messages.js';
import type { actorMapDe } from './messages.js';

/** English: the same keys as the German. */
export const actorMapEn: Record<keyof typeof actorMapDe, Message> =
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
