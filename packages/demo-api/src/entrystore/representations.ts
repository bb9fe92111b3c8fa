import type { Catalog, StoreEntry } from './catalog.js';
import { Graph, type RdfJsonGraph } from './rdf.js';
import { PREFIXES } from './vocab.js';

/** What a guest may do with a public entry (PrincipalManager.getRights for `_guest`). */
const GUEST_RIGHTS = ['readmetadata', 'readresource'];

export interface SearchChild {
  entryId: string;
  contextId: string;
  rights: string[];
  metadata: RdfJsonGraph;
  info: RdfJsonGraph;
  relations: RdfJsonGraph;
}

/** One hit of `/search` (SearchResource.parseJson); relations are empty, nothing links to entries. */
export function searchChild(entry: StoreEntry): SearchChild {
  return {
    entryId: entry.entryId,
    contextId: entry.contextId,
    rights: [...GUEST_RIGHTS],
    metadata: entry.metadata.toRdfJson(),
    info: entry.info.toRdfJson(),
    relations: {},
  };
}

/**
 * `GET /{context}/entry/{entry}` as JSON (EntryResource.getEntryAsJSONObject): id and entry
 * information; metadata, relations and rights only when `includeAll` is present (any value).
 */
export function entryJson(entry: StoreEntry, includeAll: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = { entryId: entry.entryId, info: entry.info.toRdfJson() };
  if (includeAll) {
    json.metadata = entry.metadata.toRdfJson();
    json.relations = {};
    json.rights = [...GUEST_RIGHTS];
  }
  return json;
}

const MAX_DEPTH = 10;
const MAX_ENTRIES = 1000;

function expandPrefix(predicate: string): string {
  const match = /^([A-Za-z][\w-]*):(.+)$/.exec(predicate);
  const ns = match ? PREFIXES[match[1]!] : undefined;
  return ns ? ns + match![2] : predicate;
}

/**
 * `?recursive=dcat:distribution`: the entry's metadata merged with that of the entries its
 * resource links to through the listed predicates, breadth first (AbstractMetadataResource:
 * depth ≤ 10, at most 1000 entries, whole repository).
 */
export function recursiveMetadata(catalog: Catalog, entry: StoreEntry, recursive: string): Graph {
  const predicates = new Set(
    recursive
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map(expandPrefix),
  );
  const merged = new Graph().addAll(entry.metadata);
  const visited = new Set([entry]);
  let frontier = [entry];
  for (
    let depth = 0;
    depth < MAX_DEPTH && frontier.length > 0 && visited.size < MAX_ENTRIES;
    depth++
  ) {
    const next: StoreEntry[] = [];
    for (const current of frontier) {
      for (const { subject, predicate, object } of current.metadata.triples) {
        if (subject !== current.resourceUri || !predicates.has(predicate) || object.type !== 'uri')
          continue;
        const linked = catalog.byResource(object.value);
        if (!linked || visited.has(linked) || visited.size >= MAX_ENTRIES) continue;
        visited.add(linked);
        merged.addAll(linked.metadata);
        next.push(linked);
      }
    }
    frontier = next;
  }
  return merged;
}

const JSON_TYPES = ['application/json', 'application/rdf+json'];

/**
 * JSON only when asked for: by `format` (which overrides Accept; a `+` decoded to a space is put
 * back, as BaseResource does) or by an Accept header naming a JSON type. Otherwise RDF/XML, the
 * server's default.
 */
export function wantsJson(format: string | undefined, accept: string | undefined): boolean {
  if (format !== undefined)
    return JSON_TYPES.includes(format.trim().replaceAll(' ', '+').toLowerCase());
  return (accept ?? '')
    .split(',')
    .map((part) => part.split(';'))
    .some(([type, ...params]) => {
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return (
        JSON_TYPES.includes(type!.trim().toLowerCase()) &&
        (q === undefined || Number(q.slice(2)) > 0)
      );
    });
}
