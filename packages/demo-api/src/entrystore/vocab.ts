/** Vocabularies of the emulated Saxon store: DCAT-AP.de predicates, EU authority tables, EntryStore terms. */

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';
const DCAT_NS = 'http://www.w3.org/ns/dcat#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const DCATDE = 'http://dcat-ap.de/def/dcatde/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const ES = 'http://entrystore.org/terms/';
const SCHEMA = 'http://schema.org/';

export const P = {
  type: `${RDF}type`,
  title: `${DCT}title`,
  description: `${DCT}description`,
  identifier: `${DCT}identifier`,
  publisher: `${DCT}publisher`,
  issued: `${DCT}issued`,
  modified: `${DCT}modified`,
  created: `${DCT}created`,
  license: `${DCT}license`,
  format: `${DCT}format`,
  spatial: `${DCT}spatial`,
  accrualPeriodicity: `${DCT}accrualPeriodicity`,
  accessRights: `${DCT}accessRights`,
  temporal: `${DCT}temporal`,
  startDate: `${DCAT_NS}startDate`,
  endDate: `${DCAT_NS}endDate`,
  schemaStartDate: `${SCHEMA}startDate`,
  schemaEndDate: `${SCHEMA}endDate`,
  language: `${DCT}language`,
  subject: `${DCT}subject`,
  keyword: `${DCAT_NS}keyword`,
  theme: `${DCAT_NS}theme`,
  contactPoint: `${DCAT_NS}contactPoint`,
  landingPage: `${DCAT_NS}landingPage`,
  distribution: `${DCAT_NS}distribution`,
  accessURL: `${DCAT_NS}accessURL`,
  downloadURL: `${DCAT_NS}downloadURL`,
  mediaType: `${DCAT_NS}mediaType`,
  byteSize: `${DCAT_NS}byteSize`,
  politicalGeocodingURI: `${DCATDE}politicalGeocodingURI`,
  politicalGeocodingLevelURI: `${DCATDE}politicalGeocodingLevelURI`,
  contributorID: `${DCATDE}contributorID`,
  name: `${FOAF}name`,
  homepage: `${FOAF}homepage`,
  fn: `${VCARD}fn`,
  hasEmail: `${VCARD}hasEmail`,
  esResource: `${ES}resource`,
  esMetadata: `${ES}metadata`,
} as const;

export const CLASS = {
  dataset: `${DCAT_NS}Dataset`,
  distribution: `${DCAT_NS}Distribution`,
  agent: `${FOAF}Agent`,
  vcardKind: `${VCARD}Kind`,
  periodOfTime: `${DCT}PeriodOfTime`,
  local: `${ES}Local`,
  link: `${ES}Link`,
  namedResource: `${ES}NamedResource`,
} as const;

export const XSD_TYPE = {
  string: `${XSD}string`,
  dateTime: `${XSD}dateTime`,
  date: `${XSD}date`,
  decimal: `${XSD}decimal`,
  integer: `${XSD}integer`,
  int: `${XSD}int`,
  long: `${XSD}long`,
  nonNegativeInteger: `${XSD}nonNegativeInteger`,
} as const;

export const RDF_LANG_STRING = `${RDF}langString`;

/**
 * Namespace prefixes EntryStore expands in `recursive=` (its NS class); the clients write
 * `recursive=dcat:distribution`.
 */
export const PREFIXES: Record<string, string> = {
  rdf: RDF,
  dcterms: DCT,
  dct: DCT,
  dcat: DCAT_NS,
  foaf: FOAF,
  vcard: VCARD,
  dcatde: DCATDE,
  es: ES,
};

export const EU_THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
export const EU_FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
export const EU_FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
export const EU_ACCESS_RIGHT_PUBLIC =
  'http://publications.europa.eu/resource/authority/access-right/PUBLIC';
export const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/';
export const CONTRIBUTOR_SACHSEN = 'http://dcat-ap.de/def/contributors/freistaatSachsen';
export const GEOCODING_LEVEL = 'http://dcat-ap.de/def/politicalGeocoding/Level/';

/** Our format names → codes of the EU file-type table (map services have their own `_SRVC` codes). */
const FILE_TYPE_CODES: Record<string, string> = {
  GeoJSON: 'GEOJSON',
  WMS: 'WMS_SRVC',
  WFS: 'WFS_SRVC',
};

export function euFileTypeUri(format: string): string {
  return EU_FILE_TYPE + (FILE_TYPE_CODES[format] ?? format.toUpperCase());
}

/** Level of a DCAT-AP.de political-geocoding URI, from its key type (`…/districtKey/14612`). */
const LEVEL_BY_KEY: Record<string, string> = {
  stateKey: 'state',
  districtKey: 'administrativeDistrict',
  municipalityKey: 'municipality',
  regionalKey: 'municipality',
};

export function geocodingLevelUri(geocodingUri: string): string | undefined {
  const key = /\/politicalGeocoding\/([A-Za-z]+)\//.exec(geocodingUri)?.[1];
  const level = key ? LEVEL_BY_KEY[key] : undefined;
  return level ? GEOCODING_LEVEL + level : undefined;
}
