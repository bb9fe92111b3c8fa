import { Hono, type Context } from 'hono';
import { expandOrigin } from '../../data/demo-links.js';
import type { DemoDataset, Publisher } from '../../data/types.js';
import { originOf } from '../http.js';
import type { Graph } from '../entrystore/rdf.js';
import { toRdfXml } from '../entrystore/rdf-xml.js';
import { toJsonLd, toTurtle } from '../entrystore/rdf-text.js';
import { withOrigin } from '../entrystore/routes.js';
import { QuerySyntaxError, parseQuery, type QueryNode } from '../search/lucene.js';
import { UnknownFieldError } from '../search/index.js';
import type { DemoStore } from '../store.js';
import { atomFeed } from './atom.js';
import { packageDcatGraph } from './dcat.js';
import { toCkanPackage, type CkanPackage } from './package.js';
import { createCkanIndex, parseCkanQ, parseSort } from './search.js';

/** ckanext-dcat's endpoint formats and what they answer with. */
const FORMATS: Record<string, { contentType: string; write: (graph: Graph) => string }> = {
  rdf: { contentType: 'application/rdf+xml', write: toRdfXml },
  xml: { contentType: 'application/rdf+xml', write: toRdfXml },
  ttl: { contentType: 'text/turtle', write: toTurtle },
  jsonld: {
    contentType: 'application/ld+json',
    write: (g) => JSON.stringify(toJsonLd(g), null, 2),
  },
};

/** CKAN's `ckan.feeds.limit`. */
const FEED_LIMIT = 20;
const FEED_RESERVED = new Set(['q', 'page', 'sort']);

/**
 * The CKAN pages beside the Action API that clients link to: ckanext-dcat's DCAT serialisations
 * of a dataset and CKAN's Atom feed of a search (`/feeds/custom.atom`, ckan/views/feed.py).
 */
export function createCkanPages(store: DemoStore): Hono {
  let built:
    | {
        byIdOrName: Map<string, { dataset: DemoDataset; publisher: Publisher; pkg: CkanPackage }>;
        index: ReturnType<typeof createCkanIndex>;
        datasetOf: Map<CkanPackage, DemoDataset>;
      }
    | undefined;
  const data = () => {
    if (built) return built;
    const publishers = new Map(store.publishers.map((p) => [p.id, p]));
    const byIdOrName = new Map<
      string,
      { dataset: DemoDataset; publisher: Publisher; pkg: CkanPackage }
    >();
    const datasetOf = new Map<CkanPackage, DemoDataset>();
    for (const dataset of store.datasets) {
      const publisher = publishers.get(dataset.publisherId)!;
      const pkg = toCkanPackage(dataset, publisher);
      datasetOf.set(pkg, dataset);
      byIdOrName.set(dataset.id, { dataset, publisher, pkg });
      byIdOrName.set(dataset.name, { dataset, publisher, pkg });
    }
    built = { byIdOrName, index: createCkanIndex([...datasetOf.keys()]), datasetOf };
    return built;
  };
  const notFound = (c: Context) => c.text('Dataset not found', 404);

  const app = new Hono();
  app.get('/dataset/:file', (c) => {
    const match = /^(.+)\.(rdf|xml|ttl|jsonld)$/.exec(c.req.param('file'));
    if (!match) return notFound(c);
    const found = data().byIdOrName.get(match[1]!);
    if (!found) return notFound(c);
    const origin = originOf(c);
    const graph = withOrigin(
      packageDcatGraph(found.dataset, found.publisher, `${origin}/ckan`),
      origin,
    );
    const format = FORMATS[match[2]!]!;
    return new Response(format.write(graph), {
      headers: { 'content-type': `${format.contentType}; charset=utf-8` },
    });
  });

  app.get('/feeds/custom.atom', (c) => {
    const url = new URL(c.req.url);
    const params = url.searchParams;
    // Every other parameter is a field filter `field:"value"` (feed.py `custom`).
    const filters: string[] = [];
    for (const [name, value] of params) {
      if (FEED_RESERVED.has(name) || name.startsWith('_') || value === '') continue;
      filters.push(`${name}:"${value.replace(/["\\]/g, '\\$&')}"`);
    }
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
    const sort = parseSort(params.get('sort')?.trim() || 'metadata_modified desc');
    if (!sort) return c.text('Bad sort', 400);
    let matches: CkanPackage[];
    try {
      const queries: QueryNode[] = [parseCkanQ(params.get('q') ?? '')];
      if (filters.length) queries.push(parseQuery(filters.join(' AND ')));
      matches = data().index.filter(queries);
    } catch (error) {
      if (error instanceof QuerySyntaxError || error instanceof UnknownFieldError)
        return c.text(`Search Query is invalid: ${error.message}`, 400);
      throw error;
    }
    const [key] = sort;
    matches.sort((a, b) => {
      const field = key!.field === 'metadata_created' ? 'metadata_created' : 'metadata_modified';
      const order = a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0;
      return key!.descending ? -order : order;
    });
    const origin = originOf(c);
    const body = atomFeed({
      self: url.href,
      site: `${origin}/ckan`,
      query: params.get('q') ?? '',
      page,
      limit: FEED_LIMIT,
      total: matches.length,
      packages: matches.slice((page - 1) * FEED_LIMIT, page * FEED_LIMIT),
      landingPage: (pkg) => {
        const page = data().datasetOf.get(pkg)?.landingPage;
        return page && expandOrigin(page, origin);
      },
    });
    return new Response(body, {
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    });
  });
  return app;
}
