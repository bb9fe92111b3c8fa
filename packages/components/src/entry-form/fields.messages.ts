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
  entryFieldPickerReadout: '{lat}, {lon} · {place} · Zoomstufe {zoom} · ein Schritt ≈ {step}',
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

/** English: the same keys. */
export const entryFieldsEn: Record<keyof typeof entryFieldsDe, Message> = {
  entryFieldPostalCode: 'Postal code',
  entryFieldPostalCodeHint: 'Five digits, e.g. 01067. It tells us the municipality.',
  entryFieldMunicipalityFound: 'Municipality: {name}',
  entryFieldMunicipalityUnknown:
    'We know no Saxon municipality with this postal code. Please check it, or enter the town and pick a point on the map.',
  entryFieldMunicipalityChoose: 'Municipality',
  entryFieldMunicipalityChooseHint: 'This postal code serves several municipalities.',
  entryFieldMunicipalityPlaceholder: 'Please choose',
  entryFieldCity: 'Town',
  entryFieldCityHint: 'Taken from the postal code; you can change it.',
  entryFieldMunicipalitySource: 'Source of municipalities and postal codes: {attribution}',
  entryFieldPointSummary: 'Point on the map',
  entryFieldPointNone: 'No point chosen yet.',
  entryFieldPointFromMunicipality:
    'Approximate point of the municipality {name} ({lat}, {lon}) – it shows the town, not your address.',
  entryFieldPointPicked: 'Chosen point: {lat}, {lon}',
  entryFieldPickOnMap: 'Pick an exact point on the map',
  entryFieldPickerLabel: 'Map for picking a point',
  entryFieldPickerHelp:
    'Arrow keys move the crosshair, Shift and an arrow key in small steps, + and − zoom, Home shows all of Saxony, Enter takes the point. With a mouse: click the map.',
  entryFieldPickerReadout: '{lat}, {lon} · {place} · zoom level {zoom} · one step ≈ {step}',
  entryFieldPickerOutside: 'outside the Saxon districts',
  entryFieldPickerZoomIn: 'Zoom in',
  entryFieldPickerZoomOut: 'Zoom out',
  entryFieldPickerTake: 'Take this point',
  entryFieldPickerTaken: 'Point taken: {lat}, {lon}.',
  entryFieldMapSource: 'District boundaries © GeoBasis-DE / BKG (VG250), licence GeoNutzV',
  entryFieldLatitude: 'Latitude',
  entryFieldLongitude: 'Longitude',
  entryFieldCoordinatesHint:
    'Decimal degrees, e.g. 51.0504 and 13.7373 (for instance copied from a map app).',
  entryFieldPrecision: 'What does the point show?',
  entryFieldPrecisionHint: 'Please be honest: finer choices need a point chosen that exactly.',
  entryFieldPrecisionAddress: 'The building itself (to about 50 m)',
  entryFieldPrecisionCampus: 'The site or campus (to a few 100 m)',
  entryFieldPrecisionCity: 'Only the town (somewhere in the municipality)',
  entryFieldPrecisionNeedsZoom: 'For finer choices, zoom in further or enter coordinates.',
  entryFieldTopics: 'Topics',
  entryFieldTopicsHint: 'Choose every topic that fits.',
  entryFieldTopicsFilter: 'Filter topics',
  entryFieldTopicsLoading: 'Loading topics …',
  entryFieldTopicsFailed: 'The topics could not be loaded.',
  entryFieldTopicsRetry: 'Load again',
  entryFieldTopicsNoMatch: 'No topic matches “{filter}”.',
  entryFieldTopicsSelected: { one: '{count} topic selected', other: '{count} topics selected' },
  entryFieldTopicsShown: '{shown} of {total} topics shown',
  entryFieldAllDay: 'All day',
  entryFieldMultiDay: 'Several days',
  entryFieldStartDate: 'Date',
  entryFieldFirstDay: 'First day',
  entryFieldLastDay: 'Last day',
  entryFieldStartTime: 'Start (time)',
  entryFieldEndTime: 'End (time)',
  entryFieldTimeZoneHint: 'All times in German time (Europe/Berlin).',
  entryFieldShiftedTime:
    '{typed} does not exist on this day (clocks go forward); {shiftedTo} is saved.',
  entryFieldAttendance: 'How does the event take place?',
  entryFieldAttendanceOffline: 'On site',
  entryFieldAttendanceOnline: 'Online',
  entryFieldAttendanceMixed: 'Hybrid (on site and online)',
  entryFieldVenue: 'Venue',
  entryFieldVenueHint: 'Name of the place, e.g. “Kulturpalast, Hall 2”.',
  entryFieldVenueAddress: 'Address',
  entryFieldVenueCity: 'Town',
  entryFieldOnlineUrl: 'Link for online attendance',
  entryFieldOnlineUrlHint: 'Starts with https://',
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof entryFieldsDe, Message> {}
}
