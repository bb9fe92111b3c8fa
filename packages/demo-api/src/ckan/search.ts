import { SearchIndex, type FieldKind, type FieldValues } from '../search/index.js';
import { parseQuery, type QueryNode } from '../search/lucene.js';
import { tokenize } from '../search/text.js';
import type { CkanPackage } from './package.js';

/**
 * The Solr fields of CKAN's schema that searches, filters, facets and sorts use. `text` is the
 * catch-all full-text field; the others keep exact values, as in CKAN's `schema.xml`.
 */
const FIELD_KINDS: Record<string, FieldKind> = {
  text: 'text',
  title: 'text',
  notes: 'text',
  res_name: 'text',
  res_description: 'text',
  author: 'text',
  maintainer: 'text',
  id: 'string',
  name: 'string',
  title_string: 'string',
  tags: 'string',
  groups: 'string',
  organization: 'string',
  res_format: 'string',
  license_id: 'string',
  state: 'string',
  capacity: 'string',
  dataset_type: 'string',
  entity_type: 'string',
  metadata_created: 'string',
  metadata_modified: 'string',
};

/**
 * The extras the demo packages carry. CKAN indexes each extra as `extras_<key>` (a `text` field,
 * analysed) and, as its key is no field of CKAN's own, as `<key>` (schema.xml's `*` dynamic
 * field: an exact string) — ckan/lib/search/index.py `index_package`.
 */
export const EXTRA_KEYS = [
  'contact_email',
  'contact_name',
  'contributorID',
  'frequency',
  'geocodingText',
  'identifier',
  'issued',
  'modified',
  'politicalGeocodingLevelURI',
  'politicalGeocodingURI',
  'publisher_name',
  'publisher_uri',
  'temporal_end',
  'temporal_start',
  'theme',
  'uri',
] as const;
const EXTRA_FIELDS = new Set<string>(EXTRA_KEYS);

function fieldKind(field: string): FieldKind | undefined {
  if (Object.hasOwn(FIELD_KINDS, field)) return FIELD_KINDS[field];
  if (EXTRA_FIELDS.has(field)) return 'string';
  if (field.startsWith('extras_') && EXTRA_FIELDS.has(field.slice('extras_'.length))) return 'text';
  return undefined;
}

export function isCkanField(field: string): boolean {
  return fieldKind(field) !== undefined;
}

export const SORTABLE_FIELDS = new Set([
  'score',
  'metadata_modified',
  'metadata_created',
  'title_string',
  'name',
  'id',
]);

export function ckanFields(pkg: CkanPackage): FieldValues {
  const zulu = (naive: string) => `${naive.slice(0, 19)}Z`;
  const extras: Record<string, string[]> = {};
  for (const { key, value } of pkg.extras) {
    extras[`extras_${key}`] = [value];
    extras[key] = [value];
  }
  return {
    ...extras,
    text: [
      pkg.title,
      pkg.notes,
      ...pkg.tags.map((tag) => tag.name),
      pkg.organization.title,
      ...pkg.groups.map((group) => group.title),
      ...pkg.resources.map((resource) => resource.name),
    ],
    title: [pkg.title],
    notes: [pkg.notes],
    res_name: pkg.resources.map((resource) => resource.name),
    res_description: pkg.resources.map((resource) => resource.description),
    author: pkg.author ? [pkg.author] : [],
    maintainer: pkg.maintainer ? [pkg.maintainer] : [],
    id: [pkg.id],
    name: [pkg.name],
    title_string: [pkg.title],
    tags: pkg.tags.map((tag) => tag.name),
    groups: pkg.groups.map((group) => group.name),
    organization: [pkg.organization.name],
    res_format: pkg.resources.map((resource) => resource.format),
    license_id: [pkg.license_id],
    state: ['active'],
    capacity: ['public'],
    dataset_type: ['dataset'],
    entity_type: ['package'],
    metadata_created: [zulu(pkg.metadata_created)],
    metadata_modified: [zulu(pkg.metadata_modified)],
  };
}

export function createCkanIndex(packages: readonly CkanPackage[]): SearchIndex<CkanPackage> {
  return new SearchIndex(
    {
      defaultFields: ['text'],
      kindOf: fieldKind,
    },
    packages,
    ckanFields,
  );
}

/**
 * CKAN sends a `q` without a colon to Solr's dismax parser, which treats most syntax as text:
 * quoted phrases and a leading `-` still work, brackets and operators do not raise errors. A `q`
 * with a colon goes to the standard parser, with its errors.
 */
export function parseCkanQ(q: string): QueryNode {
  const trimmed = q.trim();
  if (trimmed === '' || trimmed === '""') return { kind: 'all' };
  if (trimmed.includes(':')) return parseQuery(trimmed);
  const clauses: QueryNode[] = [];
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
  const balancedQuotes = (trimmed.match(/"/g)?.length ?? 0) % 2 === 0;
  const source = balancedQuotes ? trimmed : trimmed.replace(/"/g, ' ');
  for (const match of source.matchAll(pattern)) {
    const negate = (match[1] || match[3]) === '-';
    const phrase = match[2] !== undefined;
    const value = match[2] ?? match[4] ?? '';
    if (tokenize(value).length === 0) continue;
    const term: QueryNode = { kind: 'term', field: undefined, value, phrase, wildcard: false };
    clauses.push(negate ? { kind: 'not', child: term } : term);
  }
  if (clauses.length === 0) return { kind: 'all' };
  return clauses.length === 1 ? clauses[0]! : { kind: 'and', children: clauses };
}

export interface SortKey {
  field: string;
  descending: boolean;
}

/** Parses `score desc, metadata_modified desc`; undefined when Solr would reject it. */
export function parseSort(sort: string): SortKey[] | undefined {
  const keys: SortKey[] = [];
  for (const part of sort.split(',')) {
    const [field, order, ...rest] = part.trim().split(/\s+/);
    if (!field || !order || rest.length || !SORTABLE_FIELDS.has(field)) return undefined;
    if (order !== 'asc' && order !== 'desc') return undefined;
    keys.push({ field, descending: order === 'desc' });
  }
  return keys;
}
