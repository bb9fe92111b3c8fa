import type { DemoDataset, Publisher } from '../../data/types.js';
import { datasetGraph, distributionGraph, publisherGraph } from '../entrystore/metadata-graphs.js';
import { Graph } from '../entrystore/rdf.js';

/**
 * A package's DCAT graph as ckanext-dcat serialises it at `/dataset/{id}.rdf|.ttl|.jsonld`: the
 * dataset under its CKAN URI (`{site}/dataset/{id}`), distributions under
 * `{site}/dataset/{id}/resource/{resource id}`, the publisher under its URI, all in one graph.
 */
export function packageDcatGraph(dataset: DemoDataset, publisher: Publisher, site: string): Graph {
  const resource = `${site}/dataset/${dataset.id}`;
  const distributions = dataset.distributions.map(
    (distribution) => `${resource}/resource/${distribution.id}`,
  );
  const graph = new Graph();
  const parts = [
    datasetGraph(dataset, { resource, distributions, publisher: publisher.uri, untagged: false }),
    ...dataset.distributions.map((distribution, index) =>
      distributionGraph(distribution, dataset, distributions[index]!, false),
    ),
    publisherGraph(publisher),
  ];
  for (const part of parts)
    for (const { subject, predicate, object } of part.triples)
      graph.add(subject, predicate, object);
  return graph;
}
