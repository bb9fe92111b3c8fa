// The directory describes itself as open data: a DCAT-AP.de catalogue with one dataset and four
// distributions (CSV, GeoJSON, JSON, iCalendar), so opendata.sachsen.de (EntryScape) and GovData
// (CKAN with ckanext-dcat) can harvest it like any other DCAT endpoint. `GET /dcat` answers this
// document as JSON-LD, or as Turtle (./turtle.ts) by content negotiation.
import { checkIri } from './turtle.js';

export { checkIri, toTurtle } from './turtle.js';

export const DL_DE_BY_2_0 = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type JsonLdValue =
  | string
  | { '@id': string }
  | { '@value': string; '@language': string }
  | { '@value': string; '@type': string };

export interface JsonLdNode {
  '@id': string;
  '@type': string;
  [property: `${string}:${string}`]: JsonLdValue | JsonLdValue[];
}

export interface JsonLdDocument {
  '@context': typeof DCAT_CONTEXT;
  '@graph': JsonLdNode[];
}

export interface DcatOptions {
  /** Public root URL of the server, e.g. `https://ki-verzeichnis.sachsen.example`. */
  baseUrl: string;
  /** Licence URI from the DCAT-AP.de licence list; default Datenlizenz Deutschland – Namensnennung 2.0. */
  licence?: string;
  /** Attribution text (`dcatde:licenseAttributionByText`); default: the publisher's name. */
  attribution?: string;
  publisher?: { name: string; uri?: string };
  contactPoint?: { name: string; email?: string; url?: string };
  /** Last change of the data (ISO 8601 with offset), e.g. the newest `updatedAt`. */
  modified: string;
  title?: { de: string; en?: string };
  description?: { de: string; en?: string };
  /** GovData's `dcatde:contributorID`, when the publisher has one. */
  contributorId?: string;
}

const DEFAULT_TITLE = {
  de: 'KI-Akteure und KI-Veranstaltungen in Sachsen',
  en: 'AI actors and AI events in Saxony',
};
const DEFAULT_DESCRIPTION = {
  de: 'Verzeichnis der Unternehmen, Forschungseinrichtungen, Netzwerke und Bildungsangebote zur künstlichen Intelligenz im Freistaat Sachsen mit Standort, Themen und Kontakt, dazu KI-Veranstaltungen. Maschinenlesbar über die API saxon-directory.yaml.',
  en: 'Directory of companies, research institutes, networks and education offers in artificial intelligence in the Free State of Saxony with location, topics and contact, plus AI events. Machine-readable through the saxon-directory.yaml API.',
};
const DEFAULT_PUBLISHER: { name: string; uri?: string } = {
  name: 'Betreiber des KI-Verzeichnisses Sachsen',
};

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'https://www.iana.org/assignments/media-types';

const DISTRIBUTIONS = [
  {
    key: 'csv',
    path: '/export/actors.csv',
    format: 'CSV',
    mediaType: 'text/csv',
    de: 'Akteure als CSV (Tabellenkalkulation)',
    en: 'Actors as CSV (spreadsheet)',
  },
  {
    key: 'geojson',
    path: '/directory/v1/actors.geojson',
    format: 'GEOJSON',
    mediaType: 'application/geo+json',
    de: 'Akteure als GeoJSON',
    en: 'Actors as GeoJSON',
  },
  {
    key: 'json',
    path: '/export/directory.json',
    format: 'JSON',
    mediaType: 'application/json',
    de: 'Akteure, Veranstaltungen und Themen als JSON',
    en: 'Actors, events and topics as JSON',
  },
  {
    key: 'ics',
    path: '/directory/v1/events.ics',
    format: 'ICS',
    mediaType: 'text/calendar',
    de: 'Veranstaltungen als iCalendar',
    en: 'Events as iCalendar',
  },
] as const;

const literal = (value: string, language: string): JsonLdValue => ({
  '@value': value,
  '@language': language,
});
const dateTime = (value: string): JsonLdValue => ({ '@value': value, '@type': 'xsd:dateTime' });
const iri = (value: string): JsonLdValue => ({ '@id': value });

function texts(value: { de: string; en?: string }): JsonLdValue[] {
  return [literal(value.de, 'de'), ...(value.en ? [literal(value.en, 'en')] : [])];
}

/** The catalogue, dataset, distributions, publisher and contact point as one JSON-LD graph. */
export function directoryDataset(options: DcatOptions): JsonLdDocument {
  const base = checkIri(new URL(options.baseUrl).href.replace(/\/+$/, ''));
  const licence = checkIri(options.licence ?? DL_DE_BY_2_0);
  const publisher = options.publisher ?? DEFAULT_PUBLISHER;
  const publisherId = checkIri(publisher.uri ?? `${base}/dcat#publisher`);
  const datasetId = `${base}/dcat#dataset`;
  const contactId = `${base}/dcat#contact`;
  const attribution = options.attribution ?? publisher.name;
  const modified = dateTime(options.modified);
  const contact = options.contactPoint ?? { name: publisher.name };

  const distributions: JsonLdNode[] = DISTRIBUTIONS.map((distribution) => ({
    '@id': `${base}/dcat#distribution-${distribution.key}`,
    '@type': 'dcat:Distribution',
    'dct:title': [literal(distribution.de, 'de'), literal(distribution.en, 'en')],
    'dcat:accessURL': iri(`${base}${distribution.path}`),
    'dcat:downloadURL': iri(`${base}${distribution.path}`),
    'dct:format': iri(`${EU}/file-type/${distribution.format}`),
    'dcat:mediaType': iri(`${IANA}/${distribution.mediaType}`),
    'dct:license': iri(licence),
    'dcatde:licenseAttributionByText': literal(attribution, 'de'),
    'dct:modified': modified,
  }));

  const dataset: JsonLdNode = {
    '@id': datasetId,
    '@type': 'dcat:Dataset',
    'dct:identifier': datasetId,
    'dct:title': texts(options.title ?? DEFAULT_TITLE),
    'dct:description': texts(options.description ?? DEFAULT_DESCRIPTION),
    'dcat:keyword': [
      'Künstliche Intelligenz',
      'KI',
      'Sachsen',
      'Akteure',
      'Veranstaltungen',
      'Forschung',
      'Unternehmen',
    ].map((word) => literal(word, 'de')),
    'dcat:theme': [
      iri(`${EU}/data-theme/ECON`),
      iri(`${EU}/data-theme/TECH`),
      iri(`${EU}/data-theme/EDUC`),
    ],
    'dct:publisher': iri(publisherId),
    'dcat:contactPoint': iri(contactId),
    'dct:language': iri(`${EU}/language/DEU`),
    'dct:spatial': iri('http://dcat-ap.de/def/politicalGeocoding/stateKey/14'),
    'dcatde:politicalGeocodingLevelURI': iri('http://dcat-ap.de/def/politicalGeocodingLevel/state'),
    'dcatde:politicalGeocodingURI': iri('http://dcat-ap.de/def/politicalGeocoding/stateKey/14'),
    'dct:accrualPeriodicity': iri(`${EU}/frequency/CONT`),
    'dct:modified': modified,
    'dcat:landingPage': iri(`${base}/directory/v1/actors`),
    'dct:conformsTo': iri(
      'https://github.com/saxon-ai/saxon-ai/blob/main/packages/sdk/openapi/saxon-directory.yaml',
    ),
    'dcat:distribution': distributions.map((distribution) => iri(distribution['@id'])),
    ...(options.contributorId && { 'dcatde:contributorID': iri(checkIri(options.contributorId)) }),
  };

  const contactNode: JsonLdNode = {
    '@id': contactId,
    '@type': 'vcard:Organization',
    'vcard:fn': contact.name,
    ...(contact.email && { 'vcard:hasEmail': iri(checkIri(`mailto:${contact.email}`)) }),
    ...(contact.url && { 'vcard:hasURL': iri(checkIri(contact.url)) }),
  };

  const catalog: JsonLdNode = {
    '@id': `${base}/dcat`,
    '@type': 'dcat:Catalog',
    'dct:title': texts(options.title ?? DEFAULT_TITLE),
    'dct:description': texts(options.description ?? DEFAULT_DESCRIPTION),
    'dct:publisher': iri(publisherId),
    'dct:language': iri(`${EU}/language/DEU`),
    'foaf:homepage': iri(`${base}/`),
    'dct:modified': modified,
    'dcat:dataset': iri(datasetId),
  };

  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      catalog,
      dataset,
      ...distributions,
      { '@id': publisherId, '@type': 'foaf:Agent', 'foaf:name': publisher.name },
      contactNode,
    ],
  };
}
