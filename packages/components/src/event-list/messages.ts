// Texts of <saxon-event-list>, German first; the widget's class adds them to the catalogs when it is defined.
// Keys start with `eventList` so widgets never collide.
import type { Message } from '../shared/i18n/messages.js';

/** German (the default). */
export const eventListDe = {
  // The list and its counts (live region)
  eventListLabel: 'Veranstaltungen',
  eventListCount: { one: '{count} Veranstaltung', other: '{count} Veranstaltungen' },
  eventListShown: {
    one: '{shown} von {count} Veranstaltung angezeigt',
    other: '{shown} von {count} Veranstaltungen angezeigt',
  },
  eventListEmpty: 'Keine anstehenden Veranstaltungen.',
  eventListEmptyRange: 'Keine Veranstaltungen in diesem Zeitraum.',
  // One event
  eventListUntitled: 'Veranstaltung ohne Titel',
  eventListAllDay: 'ganztägig',
  // Berlin's time zone, named after a time when the visitor's clock differs: winter, summer
  eventListZoneStandard: 'MEZ',
  eventListZoneSummer: 'MESZ',
  eventListOnline: 'Online',
  eventListModeOffline: 'Vor Ort',
  eventListModeOnline: 'Online',
  eventListModeMixed: 'Hybrid',
  eventListStatusCancelled: 'Abgesagt',
  eventListStatusPostponed: 'Verschoben',
  eventListStatusRescheduled: 'Neuer Termin',
  eventListOrganizers: 'Veranstaltet von {names}',
  eventListTopics: 'Themen',
  eventListAddToCalendar: 'In den Kalender',
  eventListAddToCalendarFor: '„{title}“ als iCalendar-Datei',
  eventListGoogle: 'Google Kalender',
  eventListOutlook: 'Outlook',
  eventListAddToServiceFor: '„{title}“ in {service} eintragen',
  eventListRegister: 'Anmeldung',
  eventListRegisterFor: 'zu „{title}“',
  // Paging and subscribing
  eventListMore: 'Weitere Veranstaltungen laden',
  eventListMoreLoading: 'Weitere Veranstaltungen werden geladen …',
  eventListSubscribe: 'Diese Auswahl als Kalender abonnieren',
  eventListFeed: 'Kalender-Adresse (https)',
  eventListSubscribeHint:
    'Öffnet Ihr Kalenderprogramm. Für Google Kalender oder Outlook im Web die Kalender-Adresse kopieren und dort als Kalender aus dem Internet hinzufügen.',
  // Filter controls
  eventListFilters: 'Veranstaltungen filtern',
  eventListFilterTopic: 'Thema',
  eventListFilterCity: 'Ort',
  eventListFilterMode: 'Teilnahme',
  eventListFilterAllTopics: 'Alle Themen',
  eventListFilterAllCities: 'Alle Orte',
  eventListFilterAllModes: 'Vor Ort und online',
  eventListFilterOption: '{label} ({count})',
} as const;

/** English, loaded on demand (`messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const eventListEn = () => import('./messages.en.js').then((module) => module.eventListEn);

declare global {
  // This widget's keys join the shared MessageKey (`SaxonMessageMap` in shared/i18n/messages.ts).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof eventListDe, Message> {}
}
