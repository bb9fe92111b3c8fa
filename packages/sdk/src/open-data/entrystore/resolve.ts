import type { CallOptions } from '../../http/transport.js';
import { resourceOf } from './rdf.js';
import { resourceQuery } from './query.js';
import type { RdfGraph, SearchResponse } from './schemas.js';

/** Resource URIs per look-up, as entrystore.js (`loadEntriesByResourceURIs`) does: keeps URLs short. */
export const RESOURCE_CHUNK = 20;
/** Hits per look-up: several entries may describe one resource (e.g. in other contexts). */
const RESOURCE_LIMIT = 100;

export type RunSearch = (
  query: string,
  limit: number,
  call?: CallOptions,
) => Promise<SearchResponse>;

/** The metadata graph of an entry: its own, or the cached external one of a reference entry. */
export function graphOf(
  child: SearchResponse['resource']['children'][number],
): RdfGraph | undefined {
  return child.metadata ?? child['cached-external-metadata'];
}

/**
 * Looks up the entries describing some resources — distributions, publishers, contact points —
 * with `resource:(<uri> OR …)` searches of {@link RESOURCE_CHUNK} URIs each, all at once.
 * Returns resource URI → metadata graph; resources nobody may read are simply missing.
 */
export async function resolveResources(
  uris: Iterable<string>,
  run: RunSearch,
  call?: CallOptions,
): Promise<Map<string, RdfGraph>> {
  const wanted = [...new Set(uris)].filter((uri) => uri.trim() !== '' && !uri.startsWith('_:'));
  const chunks: string[][] = [];
  for (let i = 0; i < wanted.length; i += RESOURCE_CHUNK)
    chunks.push(wanted.slice(i, i + RESOURCE_CHUNK));
  const answers = await Promise.all(
    chunks.map((chunk) => run(resourceQuery(chunk), RESOURCE_LIMIT, call)),
  );
  const graphs = new Map<string, RdfGraph>();
  for (const child of answers.flatMap((answer) => answer.resource.children)) {
    const resource = resourceOf(child.info, child.contextId, child.entryId);
    const graph = graphOf(child);
    if (resource && graph && !graphs.has(resource)) graphs.set(resource, graph);
  }
  return graphs;
}

/**
 * Names of publishers already looked up, per client: most pages and facets name the same few
 * dozen bodies. `null` remembers that a publisher has no readable name. Oldest entries go first
 * once the cache is full.
 */
export class LabelCache {
  private readonly labels = new Map<string, string | null>();

  constructor(private readonly size = 500) {}

  has(uri: string): boolean {
    return this.labels.has(uri);
  }

  get(uri: string): string | undefined {
    return this.labels.get(uri) ?? undefined;
  }

  set(uri: string, label: string | undefined): void {
    this.labels.delete(uri);
    this.labels.set(uri, label ?? null);
    if (this.labels.size > this.size) this.labels.delete(this.labels.keys().next().value!);
  }
}
