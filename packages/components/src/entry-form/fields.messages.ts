// Texts of the entry form's composite fields (location, topics, dates), German first. Registered
// with the form's own texts by composite-fields.ts.
import type { Message } from '../shared/i18n/messages.js';

/** German (the default). */
export const entryFieldsDe = {
  // location (actor)
  entryFieldPostalCode: 'Postleitzahl',
  entryFieldPostalCodeHint: 'Fünf Ziffern, z. B. 01067. Daraus ergibt sich die Gemeinde.',
  entryFieldMunicipalityFound: 'Gemeinde: {name}',
  entryFieldMunicipalityUnknown:
    'Zu dieser Postleitzahl kennen wir keine sächsische Gemeinde. Bitte prüfen Sie sie, oder tragen Sie den Ort ein und wählen Sie einen Punkt auf der Karte.',
  entryFieldMunicipalityChoose: 'Gemeinde',
  entryFieldMunicipalityChooseHint: 'Diese Postleitzahl gilt für mehrere Gemeinden.',
  entryFieldMunicipalityPlaceholder: 'Bitte wählen',
  entryFieldCity: 'Ort',
  entryFieldCityHint: 'Wird aus der Postleitzahl übernommen; Sie können ihn ändern.',
  entryFieldMunicipalitySource: 'Quelle der Gemeinden und Postleitzahlen: {attribution}',
  entryFieldPointSummary: 'Punkt auf der Karte',
  entryFieldPointNone: 'Noch kein Punkt gewählt.',
  entryFieldPointFromMunicipality:
    'Ungefährer Punkt der Gemeinde {name} ({lat}, {lon}) – er zeigt den Ort, nicht Ihre Adresse.',
  entryFieldPointPicked: 'Gewählter Punkt: {lat}, {lon}',
  entryFieldPickOnMap: 'Genauen Punkt auf der Karte wählen',
  entryFieldPickerLabel: 'Karte zum Wählen eines Punktes',
  entryFieldPickerHelp:
    'Pfeiltasten verschieben das Fadenkreuz, Umschalt und Pfeiltaste in kleinen Schritten, + und − zoomen, Pos1 zeigt ganz Sachsen, Eingabe übernimmt den Punkt. Mit der Maus: auf die Karte klicken.',
  entryFieldPickerReadout:
    '{lat}, {lon} · {place} · {near} · Zoomstufe {zoom} · ein Schritt ≈ {step}',
  entryFieldPickerNear: 'nächste Gemeinde {name} ({distance})',
  entryFieldPickerOutside: 'außerhalb der sächsischen Kreise',
  entryFieldPickerZoomIn: 'Vergrößern',
  entryFieldPickerZoomOut: 'Verkleinern',
  entryFieldPickerTake: 'Diesen Punkt übernehmen',
  entryFieldPickerTaken: 'Punkt übernommen: {lat}, {lon}.',
  entryFieldMapSource: 'Kreisgrenzen © GeoBasis-DE / BKG (VG250), Datenlizenz GeoNutzV',
  entryFieldLatitude: 'Breitengrad',
  entryFieldLongitude: 'Längengrad',
  entryFieldCoordinatesHint:
    'Dezimalgrad, z. B. 51.0504 und 13.7373 (etwa aus einer Kartenanwendung kopiert).',
  entryFieldPrecision: 'Was zeigt der Punkt?',
  entryFieldPrecisionHint:
    'Bitte ehrlich: Feinere Angaben sind nur möglich, wenn der Punkt so genau gewählt ist.',
  entryFieldPrecisionAddress: 'Das Gebäude selbst (auf etwa 50 m genau)',
  entryFieldPrecisionCampus: 'Das Gelände oder den Campus (auf einige 100 m genau)',
  entryFieldPrecisionCity: 'Nur den Ort (irgendwo in der Gemeinde)',
  entryFieldPrecisionNeedsZoom:
    'Für genauere Angaben weiter hineinzoomen oder Koordinaten eingeben.',
  // topics
  entryFieldTopics: 'Themen',
  entryFieldTopicsHint: 'Wählen Sie alle Themen, die passen.',
  entryFieldTopicsFilter: 'Themen filtern',
  entryFieldTopicsLoading: 'Themen werden geladen …',
  entryFieldTopicsFailed: 'Die Themen konnten nicht geladen werden.',
  entryFieldTopicsRetry: 'Erneut laden',
  entryFieldTopicsNoMatch: 'Kein Thema passt zu „{filter}“.',
  entryFieldTopicsSelected: {
    one: '{count} Thema ausgewählt',
    other: '{count} Themen ausgewählt',
  },
  entryFieldTopicsShown: '{shown} von {total} Themen angezeigt',
  // dates
  entryFieldAllDay: 'Ganztägig',
  entryFieldMultiDay: 'Mehrtägig',
  entryFieldStartDate: 'Datum',
  entryFieldFirstDay: 'Erster Tag',
  entryFieldLastDay: 'Letzter Tag',
  entryFieldStartTime: 'Beginn (Uhrzeit)',
  entryFieldEndTime: 'Ende (Uhrzeit)',
  entryFieldTimeZoneHint: 'Alle Zeiten in deutscher Zeit (Europe/Berlin).',
  entryFieldShiftedTime:
    '{typed} Uhr gibt es an diesem Tag nicht (Umstellung auf Sommerzeit); gespeichert wird {shiftedTo} Uhr.',
  entryFieldAttendance: 'Wie findet die Veranstaltung statt?',
  entryFieldAttendanceOffline: 'Vor Ort',
  entryFieldAttendanceOnline: 'Online',
  entryFieldAttendanceMixed: 'Hybrid (vor Ort und online)',
  entryFieldVenue: 'Veranstaltungsort',
  entryFieldVenueHint: 'Name des Ortes, z. B. „Kulturpalast, Saal 2“.',
  entryFieldVenueAddress: 'Adresse',
  entryFieldVenueCity: 'Ort',
  entryFieldOnlineUrl: 'Link zur Online-Teilnahme',
  entryFieldOnlineUrlHint: 'Beginnt mit https://',
} satisfies Record<string, Message>;

/** English, loaded on demand (`fields.messages.en.ts`): the catalogs fetch it when a page asks for English. */
export const entryFieldsEn = () =>
  import('./fields.messages.en.js').then((module) => module.entryFieldsEn);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof entryFieldsDe, Message> {}
}
