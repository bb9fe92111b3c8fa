import type { DemoDataset, Publisher } from '../../data/types.js';
import type { DemoStore } from '../store.js';
import {
  allocateEntryIds,
  CONTEXT_ID,
  entryUri,
  metadataUri,
  mintedEntryId,
  resourceUri,
} from './ids.js';
import { datasetGraph, distributionGraph, publisherGraph } from './metadata-graphs.js';
import { Graph, typedLiteral, uri } from './rdf.js';
import { CLASS, P, XSD_TYPE } from './vocab.js';

/**
 * `Local`: the resource URI was minted by this store. `Link`: the entry describes a resource with
 * an external URI (publishers identified by urn:uuid, web URLs or another store's URI).
 */
export type EntryType = 'Local' | 'Link';

export interface StoreEntry {
  entryId: string;
  contextId: string;
  entryUri: string;
  resourceUri: string;
  metadataUri: string;
  entryType: EntryType;
  /** xsd:dateTime values (UTC) of the entry information. */
  created: string;
  modified: string;
  metadata: Graph;
  info: Graph;
  /** Metadata graphs of entries linked through `entrystore.solr.related.properties` (dcat:distribution). */
  related: Graph[];
}

export interface Catalog {
  readonly entries: readonly StoreEntry[];
  get(contextId: string, entryId: string): StoreEntry | undefined;
  byResource(resource: string): StoreEntry | undefined;
}

/** Used when a publisher has no dataset to date it by. */
const FALLBACK_DATE = '2019-01-15T08:00:00.000Z';

function utc(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** Records harvested from a city's own portal keep no language tags (see DatasetLinks.untagged). */
function isHarvested(publisher: Publisher | undefined): boolean {
  return !!publisher && /^https?:\/\//.test(publisher.uri) && !publisher.uri.includes('/store/');
}

const datasetKey = (d: DemoDataset) => `dataset:${d.id}`;
const distributionKey = (d: DemoDataset, distributionId: string) =>
  `distribution:${d.id}/${distributionId}`;
const publisherKey = (p: Publisher) => `publisher:${p.id}`;

function infoGraph(entry: Omit<StoreEntry, 'info' | 'metadata' | 'related'>): Graph {
  const e = entry.entryUri;
  return new Graph()
    .add(e, P.esResource, uri(entry.resourceUri))
    .add(e, P.esMetadata, uri(entry.metadataUri))
    .add(e, P.created, typedLiteral(entry.created, XSD_TYPE.dateTime))
    .add(e, P.modified, typedLiteral(entry.modified, XSD_TYPE.dateTime))
    .add(e, P.type, uri(entry.entryType === 'Local' ? CLASS.local : CLASS.link))
    .add(e, P.type, uri(CLASS.namedResource));
}

export function buildCatalog(store: DemoStore, contextId = CONTEXT_ID): Catalog {
  const seen = new Set<string>();
  // Dataset ids are unique by contract; a duplicate could not become a second entry with that identity.
  const datasets = store.datasets.filter((d) => !seen.has(d.id) && seen.add(d.id));
  const publishers = new Map(store.publishers.map((p) => [p.id, p]));

  const reserved = new Map<string, string>();
  for (const p of store.publishers) {
    const minted = mintedEntryId(p.uri, contextId);
    if (minted) reserved.set(publisherKey(p), minted);
  }
  const ids = allocateEntryIds(
    [
      ...datasets.flatMap((d) => [
        datasetKey(d),
        ...d.distributions.map((x) => distributionKey(d, x.id)),
      ]),
      ...store.publishers.map(publisherKey),
    ],
    reserved,
  );

  const entries: StoreEntry[] = [];
  const add = (
    key: string,
    entryType: EntryType,
    resource: string | undefined,
    dates: { created: string; modified: string },
    build: (resource: string) => { metadata: Graph; related?: Graph[] },
  ): StoreEntry => {
    const entryId = ids.get(key)!;
    const head = {
      entryId,
      contextId,
      entryUri: entryUri(contextId, entryId),
      resourceUri: resource ?? resourceUri(contextId, entryId),
      metadataUri: metadataUri(contextId, entryId),
      entryType,
      created: utc(dates.created),
      modified: utc(dates.modified),
    };
    const { metadata, related = [] } = build(head.resourceUri);
    const entry: StoreEntry = { ...head, info: infoGraph(head), metadata, related };
    entries.push(entry);
    return entry;
  };

  for (const dataset of datasets) {
    const publisher = publishers.get(dataset.publisherId);
    const untagged = isHarvested(publisher);
    const distributions = dataset.distributions.map((distribution) => ({
      distribution,
      resource: resourceUri(contextId, ids.get(distributionKey(dataset, distribution.id))!),
    }));
    const graphs = distributions.map(({ distribution, resource }) =>
      distributionGraph(distribution, dataset, resource, untagged),
    );
    add(
      datasetKey(dataset),
      'Local',
      undefined,
      { created: dataset.issued, modified: dataset.modified },
      (resource) => ({
        metadata: datasetGraph(dataset, {
          resource,
          distributions: distributions.map((d) => d.resource),
          publisher: publisher?.uri,
          untagged,
        }),
        related: graphs,
      }),
    );
    distributions.forEach(({ distribution, resource }, i) =>
      add(
        distributionKey(dataset, distribution.id),
        'Local',
        resource,
        { created: dataset.issued, modified: distribution.modified ?? dataset.modified },
        () => ({ metadata: graphs[i]! }),
      ),
    );
  }

  for (const publisher of store.publishers) {
    const own = datasets.filter((d) => d.publisherId === publisher.id);
    const issued = own.map((d) => utc(d.issued)).sort();
    const modified = own.map((d) => utc(d.modified)).sort();
    const local = reserved.has(publisherKey(publisher));
    add(
      publisherKey(publisher),
      local ? 'Local' : 'Link',
      publisher.uri,
      { created: issued[0] ?? FALLBACK_DATE, modified: modified.at(-1) ?? FALLBACK_DATE },
      () => ({ metadata: publisherGraph(publisher) }),
    );
  }

  const byId = new Map(entries.map((e) => [`${e.contextId}/${e.entryId}`, e]));
  const byResource = new Map<string, StoreEntry>();
  for (const e of entries) if (!byResource.has(e.resourceUri)) byResource.set(e.resourceUri, e);
  return {
    entries,
    get: (context, entry) => byId.get(`${context}/${entry}`),
    byResource: (resource) => byResource.get(resource),
  };
}
