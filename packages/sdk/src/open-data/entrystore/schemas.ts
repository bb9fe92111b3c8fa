import * as z from 'zod/mini';

/**
 * Schemas of EntryStore's answers (`openapi/entrystore-search.yaml`, SHAPE.md §2–§3). They check
 * what the adapter reads and drop the rest (`rights`, `relations`, …). A hit without `info` or
 * `metadata` (no access) is valid; the adapter skips it. A type-level test keeps their output in
 * line with the types generated from the spec.
 */

/** One RDF/JSON object: `lang` only on tagged literals, `datatype` only on typed ones. */
export interface RdfTerm {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  lang?: string;
  datatype?: string;
  /** Fields beyond these four pass through unread. */
  [field: string]: unknown;
}

/** `{subject: {predicate: [term, …]}}`; may be `{}`. */
export type RdfGraph = Record<string, Record<string, RdfTerm[]>>;

const TERM_TYPES = new Set<unknown>(['uri', 'literal', 'bnode']);
const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isTerm(term: unknown): boolean {
  return (
    isMap(term) &&
    TERM_TYPES.has(term.type) &&
    typeof term.value === 'string' &&
    isOptionalString(term.lang) &&
    isOptionalString(term.datatype)
  );
}

function isGraph(graph: unknown): graph is RdfGraph {
  if (!isMap(graph)) return false;
  for (const subject in graph) {
    const predicates = graph[subject];
    if (!isMap(predicates)) return false;
    for (const predicate in predicates) {
      const terms = predicates[predicate];
      if (!Array.isArray(terms) || !terms.every(isTerm)) return false;
    }
  }
  return true;
}

/**
 * An RDF/JSON graph, checked by one predicate (`z.custom`) rather than zod's `record` of `record`s
 * of term objects: the same graphs pass, a failing one is reported at the graph (with the shape it
 * should have) — and zod's `record` and `enum` code stays out of every app that searches an
 * EntryStore portal (issue 27: about 0.4 kB gzip). Terms keep fields beyond these four; nothing
 * reads them.
 */
export const rdfGraphSchema = z.custom<RdfGraph>(isGraph, {
  error: 'Expected an RDF/JSON graph: {subject: {predicate: [{type, value, lang?, datatype?}]}}',
});

export const searchChildSchema = z.object({
  entryId: z.string(),
  contextId: z.string(),
  info: z.optional(rdfGraphSchema),
  metadata: z.optional(rdfGraphSchema),
  'cached-external-metadata': z.optional(rdfGraphSchema),
});

export const facetFieldSchema = z.object({
  name: z.string(),
  valueCount: z.number(),
  values: z.array(z.object({ name: z.string(), count: z.number() })),
});

export const searchResponseSchema = z.object({
  resource: z.object({ children: z.array(searchChildSchema) }),
  results: z.number(),
  limit: z.number(),
  offset: z.number(),
  facetFields: z.array(facetFieldSchema),
});

/** `GET /{context}/entry/{entry}?format=application/json&includeAll=true`. */
export const entrySchema = z.object({
  entryId: z.string(),
  info: rdfGraphSchema,
  metadata: z.optional(rdfGraphSchema),
  'cached-external-metadata': z.optional(rdfGraphSchema),
});

export type SearchChild = z.output<typeof searchChildSchema>;
export type SearchResponse = z.output<typeof searchResponseSchema>;
export type EntryResponse = z.output<typeof entrySchema>;
