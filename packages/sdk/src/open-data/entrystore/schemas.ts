import * as z from 'zod/mini';
import { isGraph, type RdfGraph } from './schema-rules.js';

export type { RdfGraph, RdfTerm } from './schema-rules.js';

/**
 * Schemas of EntryStore's answers (`openapi/entrystore-search.yaml`, SHAPE.md §2–§3). They check
 * what the adapter reads and drop the rest (`rights`, `relations`, …). A hit without `info` or
 * `metadata` (no access) is valid; the adapter skips it. A type-level test keeps their output in
 * line with the types generated from the spec.
 */

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
