/**
 * Vocabulary the adapter reads and the Solr fields it queries (SHAPE.md §1 and §7). A Solr field
 * `metadata.predicate.<kind>.<h>` is keyed by `<h>`, the first 8 hex digits of the MD5 of the
 * predicate URI; `related.…` fields are built from the entries linked through `dcat:distribution`.
 */

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';
const DCAT = 'http://www.w3.org/ns/dcat#';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const DCATDE = 'http://dcat-ap.de/def/dcatde/';
const SCHEMA = 'http://schema.org/';

/** Predicates, by DCAT-AP.de role. */
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
  keyword: `${DCAT}keyword`,
  theme: `${DCAT}theme`,
  contactPoint: `${DCAT}contactPoint`,
  landingPage: `${DCAT}landingPage`,
  distribution: `${DCAT}distribution`,
  accessURL: `${DCAT}accessURL`,
  downloadURL: `${DCAT}downloadURL`,
  mediaType: `${DCAT}mediaType`,
  byteSize: `${DCAT}byteSize`,
  politicalGeocodingURI: `${DCATDE}politicalGeocodingURI`,
  politicalGeocodingLevelURI: `${DCATDE}politicalGeocodingLevelURI`,
  temporal: `${DCT}temporal`,
  startDate: `${DCAT}startDate`,
  endDate: `${DCAT}endDate`,
  schemaStartDate: `${SCHEMA}startDate`,
  schemaEndDate: `${SCHEMA}endDate`,
  licenseAttributionByText: `${DCATDE}licenseAttributionByText`,
  name: `${FOAF}name`,
  fn: `${VCARD}fn`,
  organizationName: `${VCARD}organization-name`,
  hasEmail: `${VCARD}hasEmail`,
  rdfsLabel: 'http://www.w3.org/2000/01/rdf-schema#label',
  prefLabel: 'http://www.w3.org/2004/02/skos/core#prefLabel',
  /** Entry information: the resource an entry describes. */
  esResource: 'http://entrystore.org/terms/resource',
} as const;

export const DCAT_DATASET = `${DCAT}Dataset`;

/** Solr fields of the dataset index (SHAPE.md §1, §6). */
export const FIELD = {
  publisher: 'metadata.predicate.uri.9259d4c1',
  theme: 'metadata.predicate.uri.0ce6b231',
  /** `dcterms:format` literals on the dataset (what the portal UI facets on). */
  format: 'metadata.predicate.literal_s.b5d28d0a',
  /** `dcterms:license` of the distributions (`related` fields). */
  license: 'related.metadata.predicate.uri.3494e2ce',
  keyword: 'metadata.predicate.literal_s.a6424133',
  /** `dcterms:identifier` literal. */
  identifier: 'metadata.predicate.literal_s.9e8fc937',
  /** `dcatde:politicalGeocodingURI` and `dcterms:spatial` URIs. */
  geocoding: 'metadata.predicate.uri.d510adab',
  spatial: 'metadata.predicate.uri.c6e46bff',
  /** Typed (`xsd:date`, `xsd:dateTime`) literals, indexed as Solr dates (UTC). */
  modified: 'metadata.predicate.date.3e2f60da',
  issued: 'metadata.predicate.date.c86e1300',
  startDate: 'metadata.predicate.date.73dbf469',
  endDate: 'metadata.predicate.date.7d01e96c',
  schemaStartDate: 'metadata.predicate.date.1c06f647',
  schemaEndDate: 'metadata.predicate.date.2198789d',
  /** The entry's own modification date. */
  entryModified: 'modified',
} as const;
