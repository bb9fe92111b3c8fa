import type { DemoDataset, DemoDistribution, Publisher } from '../../data/types.js';
import { bnode, Graph, literal, typedLiteral, uri } from './rdf.js';
import {
  CLASS,
  CONTRIBUTOR_SACHSEN,
  EU_ACCESS_RIGHT_PUBLIC,
  EU_FREQUENCY,
  EU_THEME,
  euFileTypeUri,
  geocodingLevelUri,
  IANA_MEDIA_TYPES,
  P,
  XSD_TYPE,
} from './vocab.js';

/**
 * Metadata graphs in DCAT-AP.de, one per entry, as EntryScape stores them: the dataset graph only
 * links its distributions, publisher and themes by URI; each distribution and each publisher is an
 * entry of its own (SHAPE.md §4).
 */

export interface DatasetLinks {
  resource: string;
  distributions: readonly string[];
  publisher: string | undefined;
  /**
   * Harvested records lose their language tags: their literals are untagged, which is why the
   * portal queries `title.nolang` next to `title.de`.
   */
  untagged: boolean;
}

const dateTime = (value: string | undefined) =>
  value ? typedLiteral(value, XSD_TYPE.dateTime) : undefined;
const optionalUri = (value: string | undefined) => (value ? uri(value) : undefined);

export function datasetGraph(dataset: DemoDataset, links: DatasetLinks): Graph {
  const s = links.resource;
  const text = (value: string) => literal(value, links.untagged ? undefined : 'de');
  const g = new Graph()
    .add(s, P.type, uri(CLASS.dataset))
    .add(s, P.title, text(dataset.title))
    .add(s, P.description, dataset.description ? text(dataset.description) : undefined)
    // The CKAN emulation's package id: lets clients address a dataset the same way on both portals.
    .add(s, P.identifier, literal(dataset.id));
  for (const keyword of dataset.keywords) g.add(s, P.keyword, text(keyword));
  for (const theme of dataset.themes) g.add(s, P.theme, uri(EU_THEME + theme));
  g.add(s, P.publisher, optionalUri(links.publisher))
    .add(s, P.issued, dateTime(dataset.issued))
    .add(s, P.modified, dateTime(dataset.modified))
    .add(s, P.landingPage, optionalUri(dataset.landingPage))
    .add(
      s,
      P.politicalGeocodingLevelURI,
      optionalUri(dataset.spatial && geocodingLevelUri(dataset.spatial)),
    );
  for (const region of dataset.regions ?? (dataset.spatial ? [dataset.spatial] : [])) {
    g.add(s, P.spatial, uri(region)).add(s, P.politicalGeocodingURI, uri(region));
  }
  if (dataset.temporal) {
    // DCAT-AP.de 2 writes dcat:startDate/endDate; records made before it (and the Saxon portal's
    // own forms) schema:startDate/endDate. Both occur; which one a record has is fixed by its id.
    const schemaOrg = dataset.id.charCodeAt(0) % 2 === 0;
    const period = bnode('temporal');
    g.add(s, P.temporal, period)
      .add(period.value, P.type, uri(CLASS.periodOfTime))
      .add(
        period.value,
        schemaOrg ? P.schemaStartDate : P.startDate,
        typedLiteral(dataset.temporal.start, XSD_TYPE.date),
      )
      .add(
        period.value,
        schemaOrg ? P.schemaEndDate : P.endDate,
        dataset.temporal.end ? typedLiteral(dataset.temporal.end, XSD_TYPE.date) : undefined,
      );
  }
  g.add(
    s,
    P.accrualPeriodicity,
    optionalUri(dataset.accrualPeriodicity && EU_FREQUENCY + dataset.accrualPeriodicity),
  )
    .add(s, P.accessRights, uri(EU_ACCESS_RIGHT_PUBLIC))
    .add(s, P.contributorID, uri(CONTRIBUTOR_SACHSEN));
  for (const distribution of links.distributions) g.add(s, P.distribution, uri(distribution));
  // The portal UI facets on `metadata.predicate.literal_s.b5d28d0a` (dcterms:format as a literal on
  // the dataset), so the formats of the distributions are repeated here as plain literals with the
  // names CKAN uses (CSV, GeoJSON, WMS …); the distributions carry the EU file-type URIs.
  for (const format of new Set(dataset.distributions.map((d) => d.format)))
    g.add(s, P.format, literal(format));
  if (dataset.contact) {
    const contact = bnode('contactPoint');
    g.add(s, P.contactPoint, contact)
      .add(contact.value, P.type, uri(CLASS.vcardKind))
      .add(contact.value, P.fn, literal(dataset.contact.name))
      .add(
        contact.value,
        P.hasEmail,
        optionalUri(dataset.contact.email && `mailto:${dataset.contact.email}`),
      );
  }
  return g;
}

export function distributionGraph(
  distribution: DemoDistribution,
  dataset: DemoDataset,
  resource: string,
  untagged: boolean,
): Graph {
  const text = (value: string) => literal(value, untagged ? undefined : 'de');
  return (
    new Graph()
      .add(resource, P.type, uri(CLASS.distribution))
      .add(resource, P.title, text(distribution.title))
      .add(
        resource,
        P.description,
        distribution.description ? text(distribution.description) : undefined,
      )
      .add(resource, P.format, uri(euFileTypeUri(distribution.format)))
      .add(
        resource,
        P.mediaType,
        optionalUri(distribution.mediaType && IANA_MEDIA_TYPES + distribution.mediaType),
      )
      .add(resource, P.accessURL, uri(distribution.accessUrl))
      .add(resource, P.downloadURL, optionalUri(distribution.downloadUrl))
      .add(
        resource,
        P.byteSize,
        distribution.byteSize === undefined
          ? undefined
          : typedLiteral(String(distribution.byteSize), XSD_TYPE.decimal),
      )
      // DCAT-AP.de makes the licence mandatory on distributions; Saxony states that a dataset's
      // licence holds for all its distributions, so distributions without one inherit it.
      .add(resource, P.license, uri(distribution.license ?? dataset.license))
      .add(resource, P.modified, dateTime(distribution.modified))
  );
}

export function publisherGraph(publisher: Publisher): Graph {
  return new Graph()
    .add(publisher.uri, P.type, uri(CLASS.agent))
    .add(publisher.uri, P.name, literal(publisher.title))
    .add(publisher.uri, P.homepage, optionalUri(publisher.homepage));
}
