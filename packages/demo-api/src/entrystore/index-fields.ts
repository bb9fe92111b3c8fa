import type { FieldKind, FieldValues, SearchSchema } from '../search/index.js';
import type { StoreEntry } from './catalog.js';
import { contextUri } from './ids.js';
import { predicateHash } from './md5.js';
import type { Graph, Triple } from './rdf.js';
import { P, XSD_TYPE } from './vocab.js';

/**
 * The Solr document EntryStore indexes for an entry (SolrSearchIndex.constructSolrInputDocument),
 * and the field kinds of its schema: analysed text for titles, descriptions, tags and `all`;
 * exact strings for URIs, types, flags and the per-predicate `uri`/`literal_s` fields. Dates are
 * kept as canonical UTC strings, so ranges compare correctly as text.
 */

const STRING_FIELDS = new Set([
  'uri',
  'resource',
  'context',
  'rdfType',
  'public',
  'created',
  'modified',
  'entryType',
  'graphType',
  'resourceType',
  'profile',
  'projectType',
  'creator',
  'contributors',
  'lists',
  'status',
  'lang',
  'email',
  'tag.uri',
  'metadata.object.uri',
]);
const TEXT_FIELDS = new Set([
  'title',
  'description',
  'tag.literal',
  'all',
  'metadata.object.literal',
]);
/** Dynamic fields (`title.*` …): any suffix is a valid field name, as in Solr's schema. */
const TEXT_PREFIXES = ['title.', 'description.', 'tag.literal.'];
const STRING_PREFIXES = ['title_sort.', 'acl.'];
const PREDICATE_FIELD =
  /^(?:related\.)?metadata\.predicate\.(uri|literal_s|literal|literal_t|date|integer)\.[^\s]+$/;

function kindOf(field: string): FieldKind | undefined {
  if (STRING_FIELDS.has(field)) return 'string';
  if (TEXT_FIELDS.has(field)) return 'text';
  const predicateKind = PREDICATE_FIELD.exec(field)?.[1];
  if (predicateKind)
    return predicateKind === 'literal' || predicateKind === 'literal_t' ? 'text' : 'string';
  if (TEXT_PREFIXES.some((prefix) => field.startsWith(prefix) && field.length > prefix.length))
    return 'text';
  if (STRING_PREFIXES.some((prefix) => field.startsWith(prefix) && field.length > prefix.length))
    return 'string';
  return undefined;
}

/** Unfielded terms go to `all` (the copy field of title, description and tags). */
export const entryStoreSchema: SearchSchema = { defaultFields: ['all'], kindOf };

const SINGLE_VALUED = new Set([
  'score',
  'uri',
  'resource',
  'context',
  'public',
  'created',
  'modified',
  'entryType',
  'graphType',
  'resourceType',
]);

/** Solr refuses to sort on multi-valued or analysed fields; these are the ones it accepts. */
export function isSortable(field: string): boolean {
  return (
    SINGLE_VALUED.has(field) ||
    (field.startsWith('title_sort.') && field.length > 'title_sort.'.length)
  );
}

const TITLE_PREDICATES = new Set([
  P.title,
  P.name,
  'http://www.w3.org/2006/vcard/ns#fn',
  'http://purl.org/dc/elements/1.1/title',
]);
const DESCRIPTION_PREDICATES = new Set([
  P.description,
  'http://purl.org/dc/elements/1.1/description',
]);
const TAG_PREDICATES = new Set([P.keyword, P.subject, 'http://purl.org/dc/elements/1.1/subject']);
const DATE_TYPES = new Set<string>([XSD_TYPE.dateTime, XSD_TYPE.date]);
const INTEGER_TYPES = new Set<string>([
  XSD_TYPE.integer,
  XSD_TYPE.int,
  XSD_TYPE.long,
  XSD_TYPE.nonNegativeInteger,
]);

/** Solr's canonical date form: UTC, milliseconds only when non-zero. */
export function solrDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toISOString().replace('.000Z', 'Z');
}

class Document {
  readonly fields: Record<string, string[]> = {};
  add(field: string, value: string | undefined): void {
    if (value === undefined) return;
    (this.fields[field] ??= []).push(value);
  }
}

/** `metadata.*` / `related.metadata.*` fields: one per statement, whatever its subject (addGenericMetadataFields). */
function addPredicateFields(
  doc: Document,
  triples: readonly Triple[],
  prefix: string,
  withObjects: boolean,
): void {
  for (const { predicate, object } of triples) {
    const h = predicateHash(predicate);
    if (object.type === 'uri') {
      doc.add(`${prefix}.predicate.uri.${h}`, object.value);
      if (withObjects) doc.add('metadata.object.uri', object.value);
    } else if (object.type === 'literal') {
      doc.add(`${prefix}.predicate.literal_s.${h}`, object.value);
      doc.add(`${prefix}.predicate.literal.${h}`, object.value);
      doc.add(`${prefix}.predicate.literal_t.${h}`, object.value);
      if (object.datatype && DATE_TYPES.has(object.datatype))
        doc.add(`${prefix}.predicate.date.${h}`, solrDate(object.value));
      if (object.datatype && INTEGER_TYPES.has(object.datatype))
        doc.add(`${prefix}.predicate.integer.${h}`, object.value);
      if (withObjects && !object.datatype) doc.add('metadata.object.literal', object.value);
    }
  }
}

/** Titles, descriptions and tags of the resource itself (EntryUtil getTitles/getDescriptions/getTagLiterals). */
function addLabelFields(doc: Document, metadata: Graph, resource: string): void {
  const sortTitle = new Map<string, string>();
  for (const { subject, predicate, object } of metadata.triples) {
    if (subject !== resource || object.type !== 'literal') continue;
    const lang = object.lang ?? 'nolang';
    if (TITLE_PREDICATES.has(predicate)) {
      doc.add('title', object.value);
      doc.add(`title.${lang}`, object.value);
      if (!sortTitle.has(lang)) sortTitle.set(lang, object.value);
      doc.add('all', object.value);
    } else if (DESCRIPTION_PREDICATES.has(predicate)) {
      doc.add('description', object.value);
      doc.add(`description.${lang}`, object.value);
      doc.add('all', object.value);
    } else if (TAG_PREDICATES.has(predicate)) {
      doc.add('tag.literal', object.value);
      if (object.lang) doc.add(`tag.literal.${object.lang}`, object.value);
      doc.add('all', object.value);
    } else if (predicate === P.language) {
      doc.add('lang', object.value);
    }
  }
  for (const [lang, title] of sortTitle) doc.add(`title_sort.${lang}`, title);
  for (const { subject, predicate, object } of metadata.triples) {
    if (subject === resource && object.type === 'uri' && TAG_PREDICATES.has(predicate))
      doc.add('tag.uri', object.value);
  }
}

export function solrFields(entry: StoreEntry): FieldValues {
  const doc = new Document();
  doc.add('uri', entry.entryUri);
  doc.add('resource', entry.resourceUri);
  doc.add('context', contextUri(entry.contextId));
  doc.add('public', 'true');
  doc.add('created', solrDate(entry.created));
  doc.add('modified', solrDate(entry.modified));
  doc.add('entryType', entry.entryType);
  doc.add('graphType', 'None');
  doc.add('resourceType', 'NamedResource');
  for (const type of entry.metadata.objects(entry.resourceUri, P.type))
    doc.add('rdfType', type.value);
  addLabelFields(doc, entry.metadata, entry.resourceUri);
  addPredicateFields(doc, entry.metadata.triples, 'metadata', true);
  for (const graph of entry.related)
    addPredicateFields(doc, graph.triples, 'related.metadata', false);
  return doc.fields;
}
