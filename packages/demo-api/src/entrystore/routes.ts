import { Hono } from 'hono';
import { expandOrigin, stringifyWithOrigin } from '../../data/demo-links.js';
import { errorBodyFor } from '../faults.js';
import { originOf } from '../http.js';
import type { DemoStore } from '../store.js';
import { buildCatalog, type Catalog } from './catalog.js';
import { javaUrlDecode, MalformedEscapeError, parseRawParameters } from './query-string.js';
import { Graph } from './rdf.js';
import { toRdfXml } from './rdf-xml.js';
import { toJsonLd, toTurtle } from './rdf-text.js';
import { entryJson, recursiveMetadata, searchChild, wantsJson } from './representations.js';
import { parseSearchParameters } from './search-params.js';
import { EntrySearch, WrongParametersError } from './search.js';

/** EntryStore answers with `{"error": …}` bodies; the fault layer knows the shape for this mount. */
const error = (status: number, message: string) => errorBodyFor('/entrystore/', status, message);

/**
 * The server pretty-prints its JSON (`toString(2)`) and names the charset. Demo links in the data
 * are expanded to the origin the request came through.
 */
function json(origin: string, body: unknown, status = 200): Response {
  return new Response(stringifyWithOrigin(body, origin, 2), {
    status,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
  });
}

/** The graph with demo links expanded to `origin`. */
export function withOrigin(graph: Graph, origin: string): Graph {
  const expanded = new Graph();
  for (const { subject, predicate, object } of graph.triples) {
    expanded.add(expandOrigin(subject, origin), predicate, {
      ...object,
      value: expandOrigin(object.value, origin),
    });
  }
  return expanded;
}

function rdfXml(origin: string, graph: Graph): Response {
  return new Response(toRdfXml(withOrigin(graph, origin)), {
    headers: { 'content-type': 'application/rdf+xml; charset=UTF-8' },
  });
}

function decoded(parameters: ReadonlyMap<string, string>, name: string): string | undefined {
  const raw = parameters.get(name);
  return raw === undefined ? undefined : javaUrlDecode(raw);
}

/**
 * The EntryStore REST API of opendata.sachsen.de (`https://register.opendata.sachsen.de/store`),
 * read-only and for a guest: `/search` (Solr), `/{context}/metadata/{entry}` and
 * `/{context}/entry/{entry}`. Every demo dataset is a dcat:Dataset entry in context 1, each
 * distribution and each publisher an entry of its own. See SHAPE.md in the shared samples.
 */
/**
 * Turtle or JSON-LD when `format` names it (EntryStore serialises metadata with RDF4J in the
 * format asked for); undefined for the formats answered below (RDF/JSON, RDF/XML).
 */
function rdfText(format: string | undefined, graph: Graph, origin: string): Response | undefined {
  const type = format?.trim().replaceAll(' ', '+').toLowerCase();
  if (type === 'text/turtle')
    return new Response(toTurtle(withOrigin(graph, origin)), {
      headers: { 'content-type': 'text/turtle; charset=UTF-8' },
    });
  if (type === 'application/ld+json')
    return new Response(JSON.stringify(toJsonLd(withOrigin(graph, origin)), null, 2), {
      headers: { 'content-type': 'application/ld+json; charset=UTF-8' },
    });
  return undefined;
}

export function createEntryStoreApi(store: DemoStore): Hono {
  // Built on first use: indexing thousands of synthetic datasets takes seconds, and most users of
  // the demo API (CKAN or directory tests) never touch this mount.
  let built: { catalog: Catalog; search: EntrySearch } | undefined;
  const index = () => {
    if (!built) {
      const catalog = buildCatalog(store);
      built = { catalog, search: new EntrySearch(catalog) };
    }
    return built;
  };
  const app = new Hono();

  app.onError((err) => {
    // java.net.URLDecoder throws on a bad escape and nothing in the resource catches it.
    if (err instanceof MalformedEscapeError) return error(500, 'Internal Server Error');
    throw err;
  });

  app.get('/search', (c) => {
    const parsed = parseSearchParameters(parseRawParameters(c.req.url));
    if (!parsed.ok) return error(400, parsed.message);
    const request = parsed.request;
    const status = request.badNumber ? 400 : 200;
    if (request.type.toLowerCase() !== 'solr') {
      // SearchResource starts from QueryResults(List.of(), -1, …); only solr (and sparql) replace it.
      return json(
        originOf(c),
        {
          resource: { children: [] },
          results: -1,
          limit: request.limit,
          offset: request.offset,
          facetFields: [],
        },
        status,
      );
    }
    try {
      const outcome = index().search.run(request);
      return json(
        originOf(c),
        {
          resource: { children: outcome.page.map(searchChild) },
          results: outcome.results,
          limit: request.limit,
          offset: request.offset,
          facetFields: outcome.facetFields,
        },
        status,
      );
    } catch (err) {
      if (err instanceof WrongParametersError)
        return error(400, 'Search failed due to wrong parameters');
      throw err;
    }
  });

  app.get('/:context/metadata/:entry', (c) => {
    const { catalog } = index();
    const entry = catalog.get(c.req.param('context'), c.req.param('entry'));
    if (!entry) return error(404, 'Entry not found');
    const parameters = parseRawParameters(c.req.url);
    const recursive = decoded(parameters, 'recursive');
    const graph = recursive ? recursiveMetadata(catalog, entry, recursive) : entry.metadata;
    const other = rdfText(decoded(parameters, 'format'), graph, originOf(c));
    if (other) return other;
    return wantsJson(decoded(parameters, 'format'), c.req.header('accept'))
      ? json(originOf(c), graph.toRdfJson())
      : rdfXml(originOf(c), graph);
  });

  app.get('/:context/entry/:entry', (c) => {
    const entry = index().catalog.get(c.req.param('context'), c.req.param('entry'));
    if (!entry) return error(404, 'Entry not found');
    const parameters = parseRawParameters(c.req.url);
    if (!wantsJson(decoded(parameters, 'format'), c.req.header('accept')))
      return rdfXml(originOf(c), entry.info);
    return json(originOf(c), entryJson(entry, parameters.has('includeAll')));
  });

  app.notFound(() => error(404, 'Entry not found'));
  return app;
}
