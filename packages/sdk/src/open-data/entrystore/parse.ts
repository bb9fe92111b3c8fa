import type { Category, Dataset, Distribution, Language, License } from '../model.js';
import { geocodingLevel, regionsOf, uniqueRegions } from '../regions.js';
import { httpUrl, unique } from '../text.js';
import { normalizeTimestamp } from '../time.js';
import {
  licenseTitle,
  mediaTypeOf,
  normalizeFormat,
  normalizeLicenseUri,
  themeCode,
} from '../vocabulary.js';
import { bestLiteral, describes, firstValue, literalsIn, objects, resourceOf } from './rdf.js';
import { graphOf } from './resolve.js';
import type { RdfGraph, RdfTerm, SearchChild } from './schemas.js';
import { DCAT_DATASET, P } from './terms.js';

/** A dataset hit: the entry's ids, the resource it describes and its metadata graph. */
export interface Hit {
  contextId: string;
  entryId: string;
  resource: string;
  graph: RdfGraph;
  info: RdfGraph | undefined;
}

/** What mapping a hit needs besides the hit: other entries' graphs and publisher names. */
export interface MappingContext {
  portal: string;
  language: Language;
  /** Graphs of looked-up resources (distributions, contact points), by resource URI. */
  resolved: ReadonlyMap<string, RdfGraph>;
  publisherName(uri: string): string | undefined;
}

/** The hit's dataset, or undefined when its metadata cannot be read (no access, no resource). */
export function readHit(child: SearchChild): Hit | undefined {
  const graph = graphOf(child);
  if (!graph) return undefined;
  const resource =
    resourceOf(child.info, child.contextId, child.entryId) ??
    Object.keys(graph).find((s) => objects(graph, s, P.type).some((t) => t.value === DCAT_DATASET));
  if (!resource || !describes(graph, resource)) return undefined;
  return { contextId: child.contextId, entryId: child.entryId, resource, graph, info: child.info };
}

const uris = (terms: readonly RdfTerm[]) =>
  terms.filter((t) => t.type === 'uri' && t.value.trim() !== '').map((t) => t.value.trim());

/**
 * Resources a hit links to that its own graph does not describe, so they must be looked up:
 * distributions and contact points to read, publishers to name.
 */
export function linksOf(hit: Hit): { resources: string[]; publishers: string[] } {
  const linked = (predicate: string) =>
    uris(objects(hit.graph, hit.resource, predicate)).filter((uri) => !describes(hit.graph, uri));
  return {
    resources: [...linked(P.distribution), ...linked(P.contactPoint)],
    publishers: linked(P.publisher),
  };
}

const NAME_PREDICATES = [P.name, P.fn, P.organizationName, P.title, P.prefLabel, P.rdfsLabel];

/** An agent's display name (`foaf:name`, else `vcard:fn`, `dcterms:title`, labels). */
export function agentName(graph: RdfGraph | undefined, subject: string, language: Language) {
  for (const predicate of NAME_PREDICATES) {
    const name = bestLiteral(objects(graph, subject, predicate), language);
    if (name !== undefined) return name.trim();
  }
  return undefined;
}

/** Drops keys whose value is undefined, so results compare cleanly and serialise small. */
function defined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

function licenseOf(
  graph: RdfGraph,
  subject: string,
  language: Language,
  attribution: string | undefined,
): License | undefined {
  const value = firstValue(objects(graph, subject, P.license).filter((t) => t.type !== 'bnode'));
  if (!value) return undefined;
  const uri = normalizeLicenseUri(value);
  return defined({ uri, title: licenseTitle(uri, language), attribution });
}

function byteSize(terms: readonly RdfTerm[]): number | undefined {
  const value = firstValue(terms);
  const size = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(size) && size >= 0 ? size : undefined;
}

function distribution(graph: RdfGraph, uri: string, language: Language): Distribution {
  const get = (predicate: string) => objects(graph, uri, predicate);
  const format = firstValue(get(P.format));
  // DCAT-AP-SE (dataportal.se) writes the IANA media type into dcterms:format.
  const mediaType = mediaTypeOf(firstValue(get(P.mediaType)) ?? format);
  const attribution = bestLiteral(get(P.licenseAttributionByText), language);
  return defined({
    title: bestLiteral(get(P.title), language),
    description: bestLiteral(get(P.description), language),
    format: normalizeFormat(format ?? mediaType),
    mediaType,
    accessUrl: httpUrl(firstValue(get(P.accessURL))),
    downloadUrl: httpUrl(firstValue(get(P.downloadURL))),
    byteSize: byteSize(get(P.byteSize)),
    license: licenseOf(graph, uri, language, attribution),
    modified: normalizeTimestamp(firstValue(get(P.modified)), 'berlin'),
  });
}

/** The most frequent licence of the distributions (first seen wins a tie). */
function commonLicense(distributions: readonly Distribution[]): License | undefined {
  const counts = new Map<string, { license: License; count: number }>();
  for (const license of distributions.map((d) => d.license)) {
    if (!license?.uri) continue;
    const seen = counts.get(license.uri);
    counts.set(license.uri, { license: seen?.license ?? license, count: (seen?.count ?? 0) + 1 });
  }
  let best: { license: License; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.license;
}

function contactOf(term: RdfTerm | undefined, graph: RdfGraph | undefined, language: Language) {
  if (!term || !graph) return undefined;
  const email = firstValue(objects(graph, term.value, P.hasEmail))?.replace(/^mailto:/i, '');
  const contact = defined({
    name:
      bestLiteral(objects(graph, term.value, P.fn), language)?.trim() ??
      bestLiteral(objects(graph, term.value, P.organizationName), language)?.trim(),
    email: email || undefined,
  });
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/** Themes outside the EU vocabulary, labelled from the graphs where they are described. */
function categoriesOf(
  themes: readonly string[],
  graphFor: (uri: string) => RdfGraph | undefined,
  language: Language,
): Category[] | undefined {
  const categories = themes
    .filter((uri) => !themeCode(uri))
    .map((id) => ({ id, label: agentName(graphFor(id), id, language) ?? id }));
  return categories.length ? categories : undefined;
}

/**
 * The places a dataset covers: `dcatde:politicalGeocodingURI` (URIs, or URIs written as literals)
 * and `dcterms:spatial` (URIs; a place described in the graph by its label; a plain literal as a
 * label). Geometries (`locn:geometry` of a `dcterms:Location`) are no place name and left out.
 */
function regionsIn(graph: RdfGraph, resource: string, language: Language): Dataset['regions'] {
  const level = geocodingLevel(firstValue(objects(graph, resource, P.politicalGeocodingLevelURI)));
  const values = (predicate: string) =>
    objects(graph, resource, predicate).flatMap((term) => {
      const value = term.value.trim();
      if (value === '') return [];
      if (term.type === 'literal') return [{ value }];
      const label = agentName(graph, value, language);
      // A blank node without a label (a bare geometry) names no place.
      if (term.type === 'bnode') return label ? [{ value: label }] : [];
      return [{ value, label }];
    });
  const found = [...values(P.politicalGeocodingURI), ...values(P.spatial)];
  const regions = found.flatMap(({ value, label }: { value: string; label?: string }) =>
    regionsOf(
      [value],
      value.includes('/politicalGeocoding/') ? level : undefined,
      label ? [label] : [],
    ),
  );
  return uniqueRegions(regions);
}

/** `dcterms:temporal`: a period with DCAT 2's or schema.org's start and end dates. */
function temporalIn(graph: RdfGraph, resource: string): Dataset['temporal'] {
  for (const period of objects(graph, resource, P.temporal)) {
    if (period.type === 'literal') continue;
    const date = (...predicates: string[]) =>
      normalizeTimestamp(
        predicates.map((p) => firstValue(objects(graph, period.value, p))).find(Boolean),
        'berlin',
      );
    const start = date(P.startDate, P.schemaStartDate);
    const end = date(P.endDate, P.schemaEndDate);
    if (start || end) return defined({ start, end });
  }
  return undefined;
}

/** Maps a hit's DCAT-AP.de graph (SHAPE.md §7) to the SDK's dataset model. */
export function toDataset(hit: Hit, context: MappingContext): Dataset {
  const { graph, resource } = hit;
  const { language } = context;
  const get = (predicate: string) => objects(graph, resource, predicate);
  const graphFor = (uri: string) => (describes(graph, uri) ? graph : context.resolved.get(uri));

  const id = firstValue(get(P.identifier)) ?? `${hit.contextId}/${hit.entryId}`;
  const distributions = uris(get(P.distribution)).flatMap((uri) => {
    const found = graphFor(uri);
    return found ? [distribution(found, uri, language)] : [];
  });

  const publisherTerm = get(P.publisher).find((t) => t.type !== 'literal');
  let publisher: Dataset['publisher'];
  if (publisherTerm) {
    const name =
      agentName(graph, publisherTerm.value, language) ??
      (publisherTerm.type === 'uri' ? context.publisherName(publisherTerm.value) : undefined);
    if (publisherTerm.type === 'uri')
      publisher = { name: name ?? publisherTerm.value, uri: publisherTerm.value };
    else if (name) publisher = { name };
  }

  const contactTerm = get(P.contactPoint).find((t) => t.type !== 'literal');
  const info = hit.info;
  const entryModified = Object.keys(info ?? {})
    .map((subject) => firstValue(objects(info, subject, P.modified)))
    .find((value) => value !== undefined);
  const attribution = bestLiteral(get(P.licenseAttributionByText), language);

  return defined({
    id,
    portal: context.portal,
    uri: resource.startsWith('_:') ? undefined : resource,
    landingPage: httpUrl(firstValue(get(P.landingPage))),
    title: bestLiteral(get(P.title), language) ?? id,
    description: bestLiteral(get(P.description), language),
    keywords: literalsIn(get(P.keyword), language),
    themes: unique(get(P.theme).flatMap((t) => themeCode(t.value) ?? [])),
    categories: categoriesOf(uris(get(P.theme)), graphFor, language),
    publisher,
    contact: contactOf(contactTerm, contactTerm && graphFor(contactTerm.value), language),
    license: licenseOf(graph, resource, language, attribution) ?? commonLicense(distributions),
    issued: normalizeTimestamp(firstValue(get(P.issued)), 'berlin'),
    // The entry's own modification date (what `sort=modified` orders by) when the metadata has none.
    modified: normalizeTimestamp(firstValue(get(P.modified)) ?? entryModified, 'berlin'),
    spatial: uris(get(P.spatial))[0] ?? uris(get(P.politicalGeocodingURI))[0],
    regions: regionsIn(graph, resource, language),
    temporal: temporalIn(graph, resource),
    entry: { context: hit.contextId, id: hit.entryId },
    distributions,
  });
}
