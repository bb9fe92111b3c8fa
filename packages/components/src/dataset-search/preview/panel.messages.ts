// Texts of an open preview: the table, map and tree, and why a file cannot be shown. They come
// with the preview's lazily loaded code and join the catalogs when it arrives.
import type { Message } from '../../shared/i18n/messages.js';

export const previewPanelDe = {
  datasetSearchPreviewRegion: 'Vorschau von {name}',
  // Tables
  datasetSearchPreviewRowsOf: {
    one: 'Erste {count} von {total} Zeilen',
    other: 'Erste {count} von {total} Zeilen',
  },
  datasetSearchPreviewRowsFirst: {
    one: 'Die erste Zeile der Datei',
    other: 'Die ersten {count} Zeilen der Datei',
  },
  datasetSearchPreviewRowsAll: { one: '{count} Zeile', other: 'Alle {count} Zeilen' },
  datasetSearchPreviewColumns: { one: '{count} Spalte', other: '{count} Spalten' },
  datasetSearchPreviewDelimiter: 'Trennzeichen: {delimiter}',
  datasetSearchPreviewDelimiter_comma: 'Komma',
  datasetSearchPreviewDelimiter_semicolon: 'Semikolon',
  datasetSearchPreviewDelimiter_tab: 'Tabulator',
  datasetSearchPreviewDelimiter_pipe: 'senkrechter Strich',
  datasetSearchPreviewEncoding: 'Zeichensatz: {encoding}',
  datasetSearchPreviewNumbers_de: 'Zahlen im deutschen Format (1.234,5)',
  datasetSearchPreviewNumbers_en: 'Zahlen im englischen Format (1,234.5)',
  datasetSearchPreviewCapped: 'Gelesen wurden nur die ersten {size} der Datei.',
  datasetSearchPreviewNoRows: 'Die Datei enthält nur die Kopfzeile.',
  // GeoJSON
  datasetSearchPreviewMap: {
    one: 'Karte mit {count} Objekt in Sachsen; die Tabelle darunter nennt seine Angaben.',
    other: 'Karte mit {count} Objekten in Sachsen; die Tabelle darunter nennt ihre Angaben.',
  },
  datasetSearchPreviewFeaturesOf: 'Erste {count} von {total} Objekten',
  datasetSearchPreviewFeaturesAll: { one: '{count} Objekt', other: 'Alle {count} Objekte' },
  datasetSearchPreviewGeometry: 'Geometrie',
  datasetSearchPreviewGeometry_Point: 'Punkt',
  datasetSearchPreviewGeometry_MultiPoint: 'Punkte',
  datasetSearchPreviewGeometry_LineString: 'Linie',
  datasetSearchPreviewGeometry_MultiLineString: 'Linien',
  datasetSearchPreviewGeometry_Polygon: 'Fläche',
  datasetSearchPreviewGeometry_MultiPolygon: 'Flächen',
  datasetSearchPreviewGeometry_GeometryCollection: 'Sammlung',
  datasetSearchPreviewGeometry_none: 'ohne',
  datasetSearchPreviewMapSource: 'Kartengrundlage: © GeoBasis-DE / BKG',
  // JSON
  datasetSearchPreviewJson: 'Inhalt der JSON-Datei als aufklappbarer Baum',
  datasetSearchPreviewEntries: { one: '{count} Eintrag', other: '{count} Einträge' },
  datasetSearchPreviewMore: { one: '… und {count} weiterer', other: '… und {count} weitere' },
  // Images, PDF, other files
  datasetSearchPreviewLink_image: 'Bilder zeigt Ihr Browser selbst an:',
  datasetSearchPreviewLink_pdf: 'PDF-Dateien zeigt Ihr Browser selbst an:',
  datasetSearchPreviewLink_unsupported: 'Für dieses Format gibt es keine Vorschau:',
  datasetSearchPreviewOpen: 'Datei öffnen',
  // Failures
  datasetSearchPreviewFailed: 'Keine Vorschau möglich',
  datasetSearchPreviewBlocked:
    'Der Server der Datei erlaubt dieser Seite nicht, sie zu lesen (CORS), oder ist nicht erreichbar. Laden Sie die Datei direkt herunter.',
  datasetSearchPreviewTooLarge:
    'Die Datei ist für eine Vorschau zu groß (mehr als {size}). Laden Sie sie direkt herunter.',
  datasetSearchPreviewFormat: 'Die Datei lässt sich nicht als {format} lesen: {reason}',
  datasetSearchPreviewHttp: 'Der Server der Datei antwortete mit einem Fehler (HTTP {status}).',
  datasetSearchPreviewNotFound: 'Der Server der Datei kennt sie nicht (HTTP 404).',
  datasetSearchPreviewDownload: 'Datei herunterladen',
} as const;

export const previewPanelEn: Record<
  keyof typeof previewPanelDe,
  string | { other: string; one?: string }
> = {
  datasetSearchPreviewRegion: 'Preview of {name}',
  datasetSearchPreviewRowsOf: {
    one: 'First {count} of {total} rows',
    other: 'First {count} of {total} rows',
  },
  datasetSearchPreviewRowsFirst: {
    one: 'The first row of the file',
    other: 'The first {count} rows of the file',
  },
  datasetSearchPreviewRowsAll: { one: '{count} row', other: 'All {count} rows' },
  datasetSearchPreviewColumns: { one: '{count} column', other: '{count} columns' },
  datasetSearchPreviewDelimiter: 'Delimiter: {delimiter}',
  datasetSearchPreviewDelimiter_comma: 'comma',
  datasetSearchPreviewDelimiter_semicolon: 'semicolon',
  datasetSearchPreviewDelimiter_tab: 'tab',
  datasetSearchPreviewDelimiter_pipe: 'vertical bar',
  datasetSearchPreviewEncoding: 'Encoding: {encoding}',
  datasetSearchPreviewNumbers_de: 'Numbers in German format (1.234,5)',
  datasetSearchPreviewNumbers_en: 'Numbers in English format (1,234.5)',
  datasetSearchPreviewCapped: 'Only the first {size} of the file were read.',
  datasetSearchPreviewNoRows: 'The file holds only the header row.',
  datasetSearchPreviewMap: {
    one: 'Map with {count} feature in Saxony; the table below lists its attributes.',
    other: 'Map with {count} features in Saxony; the table below lists their attributes.',
  },
  datasetSearchPreviewFeaturesOf: 'First {count} of {total} features',
  datasetSearchPreviewFeaturesAll: { one: '{count} feature', other: 'All {count} features' },
  datasetSearchPreviewGeometry: 'Geometry',
  datasetSearchPreviewGeometry_Point: 'point',
  datasetSearchPreviewGeometry_MultiPoint: 'points',
  datasetSearchPreviewGeometry_LineString: 'line',
  datasetSearchPreviewGeometry_MultiLineString: 'lines',
  datasetSearchPreviewGeometry_Polygon: 'area',
  datasetSearchPreviewGeometry_MultiPolygon: 'areas',
  datasetSearchPreviewGeometry_GeometryCollection: 'collection',
  datasetSearchPreviewGeometry_none: 'none',
  datasetSearchPreviewMapSource: 'Base map: © GeoBasis-DE / BKG',
  datasetSearchPreviewJson: 'Content of the JSON file as a collapsible tree',
  datasetSearchPreviewEntries: { one: '{count} entry', other: '{count} entries' },
  datasetSearchPreviewMore: { one: '… and {count} more', other: '… and {count} more' },
  datasetSearchPreviewLink_image: 'Your browser shows images itself:',
  datasetSearchPreviewLink_pdf: 'Your browser shows PDF files itself:',
  datasetSearchPreviewLink_unsupported: 'There is no preview for this format:',
  datasetSearchPreviewOpen: 'Open the file',
  datasetSearchPreviewFailed: 'No preview possible',
  datasetSearchPreviewBlocked:
    "The file's server does not let this page read it (CORS), or cannot be reached. Download the file directly.",
  datasetSearchPreviewTooLarge:
    'The file is too large for a preview (more than {size}). Download it directly.',
  datasetSearchPreviewFormat: 'The file cannot be read as {format}: {reason}',
  datasetSearchPreviewHttp: "The file's server answered with an error (HTTP {status}).",
  datasetSearchPreviewNotFound: "The file's server does not know it (HTTP 404).",
  datasetSearchPreviewDownload: 'Download the file',
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SaxonMessageMap extends Record<keyof typeof previewPanelDe, Message> {}
}
